// The shared epilogue: what happened to the people of Kengir, and how we know. Placeholder.

=== epilogue ===
# clear
(The epilogue is being written.)
-> END
