// The museum kiosk cut: a complete 5-7 minute path on the same history. Reachable only with kiosk_cut.

=== kiosk_start ===
# kiosk
# clear
(The kiosk cut is being written.)
-> END
