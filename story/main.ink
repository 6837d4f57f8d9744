# title: Kengir, forty days
# author: The Kengir, forty days team

// The story of the Kengir uprising, 16 May to 26 June 1954, told by fictional prisoners.
// Open this file in Inky to play it. Conventions: docs/STORY-GUIDE.md.

INCLUDE variables.ink
INCLUDE functions.ink
INCLUDE halyna/01_walls.ink
INCLUDE halyna/02_promise.ink
INCLUDE halyna/03_republic.ink
INCLUDE halyna/04_siege.ink
INCLUDE halyna/05_dawn.ink
INCLUDE jonas/01_walls.ink
INCLUDE jonas/02_promise.ink
INCLUDE jonas/03_republic.ink
INCLUDE jonas/03b_voices.ink
INCLUDE jonas/04_siege.ink
INCLUDE jonas/05_dawn.ink
INCLUDE pavel/01_walls.ink
INCLUDE pavel/02_promise.ink
INCLUDE pavel/03_republic.ink
INCLUDE pavel/03b_voices.ink
INCLUDE pavel/04_siege.ink
INCLUDE pavel/05_dawn.ink
INCLUDE epilogue.ink
INCLUDE kiosk.ink

-> start

=== start ===
{ kiosk_cut: -> kiosk_start }
// One root for every viewpoint: each goes to its first hub (src/viewpoints/registry.ts, inkEntry).
{ viewpoint:
- "halyna": -> day_00
- "jonas": -> j_day_00
- "pavel": -> p_day_00
}
-> day_00
