// The museum kiosk cut: a complete 5-7 minute path on the same history. Reachable only with kiosk_cut.
// Halyna's arc, compressed: prologue, 16-18 May, 27 May, 4 June, 26 June, an ending, the key facts.
// One relationship runs through every beat: Maia Tamm, the bunk neighbour, from the wall she
// doubts in May to the floor, the gate or the street on 26 June. Present tense throughout the story;
// only the closing facts are told in the past.
// The kiosk never sets `day` (that would open the main story's hubs); its calendar is `kiosk_day`.
// Globals it writes: kiosk_day, the map variables, role (18 May), ties_underground (4 June).
// History moments: kiosk_help_wounded (18 May), kiosk_demands (27 May), kiosk_walk_out (26 June).

=== kiosk_start ===
# kiosk
~ kiosk_day = 0
~ time_of_day = "evening"
~ weather = "wind"
~ walls = "intact"
~ defences = false
~ loudspeakers = false
~ kites = false
~ hunger = false
~ tanks = "none"
# clear # place: sewing_workshop # note: special_camps
Early May 1954. Kengir, a camp in the steppe of Kazakhstan. #id:k.start.d87b
You are Halyna Savchuk, twenty-four, from a village near Ternopil. In 1950 you carried bread and messages to the underground fighters in the forest. The court gave you twenty-five years. #id:k.start.8250
By day you sew tunics for the camp's officers, in a workshop in the service yard. #id:k.start.e89e
# clear # place: women_barrack
A white number is sewn on your back, your chest, your cap. At night the barrack is locked. Letters home are strictly limited. #id:k.start.47ba
Your brother Mykola is two walls away, in the 3rd lagpunkt. This spring the camp put professional criminals, the thieves, in with him. #id:k.start.56e6
On the next bunk Maia Tamm, once a teacher in Estonia, looks at the wall. "Mud and straw," she says. "They only look strong." #id:k.start.fdba
-> kiosk_may16

=== kiosk_may16 ===
# kiosk
~ kiosk_day = 1
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
~ defences = false
~ loudspeakers = false
~ kites = false
~ hunger = false
~ tanks = "none"
# clear # place: service_yard
Sunday, 16 May. No work today. #id:k.may16.5461
Shouts from the service yard: young thieves from the 3rd lagpunkt are on the walls and roofs, going for the food stores. #id:k.may16.10a5
# note: may16_service_yard
An officer the prisoners call "Wart" leads soldiers out of the yard's gates. They carry no guns. Stones and bricks fly from the wall. The raiders are pushed back. #id:k.may16.1256
~ time_of_day = "night"
# clear # place: wall_women_yard
That evening the thieves smash the zone's lamps with slingshots. In the dark you hear boots in the women's zone: men have come over the wall. #id:k.may16.741b
Women scream, and some of them laugh. Maia sits up, boots already on. "Mud and straw," she says. "I told you." #id:k.may16.a357
~ kiosk_day = 2
# clear # place: women_barrack # note: crossings
Monday, 17 May. The second night. More men come, and not only thieves: Ukrainians, Lithuanians, afraid for their sisters and friends. The guards open fire. #id:k.may16.8e5e
Mykola is at your door, dust to the knees. "I had to see you," he says. Maia gives him her bread. #id:k.may16.f6dc
-> kiosk_may18

=== kiosk_may18 ===
# kiosk
~ kiosk_day = 3
~ time_of_day = "night"
~ weather = "dust"
~ walls = "breached"
~ defences = false
~ loudspeakers = false
~ kites = false
~ hunger = false
~ tanks = "none"
# clear # cn: violence # place: service_yard
Tuesday, 18 May. Soldiers with submachine guns march into the service yard. #id:k.may18.eb8d
* [Read the scene #id:k.may18.bbdb]
    -> scene
* [Read a short summary instead #id:k.may18.92f0]
    -> summary

= scene
They have come to close the gaps between the zones. Men are still in the yard. Women crowd the broken wall, calling names. #id:k.may18.8cd3
Then the guns fire. {gentle: People fall.|People fall and do not get up.} #id:k.may18.a91f
A young man drops ten steps from you, by the wall. He calls out in Lithuanian. He tries to crawl and cannot. #id:k.may18.e368
Maia pulls at your sleeve. "Down. Get down." #id:k.may18.e7b6
-> choice

= summary
The soldiers come to separate the zones again. In the service yard they open fire on the prisoners. You are at the broken wall with Maia. A young man falls ten steps from you and cannot get up. #id:k.may18.8c3e
-> choice

= choice
The shooting goes on. #id:k.may18.f5fa
* [Run to him and drag him behind the wall # history: kiosk_help_wounded #id:k.may18.c8dc]
    ~ role = "hospital"
    # place: wall_women_yard
    You shake off Maia's hand and run bent double, take him under the arms and pull. His boots drag two furrows in the dust. #id:k.may18.d4fe
    Behind the wall women tear up their shirts for bandages. {gentle: He is hurt, but he lives.|A bullet has gone through his leg. He lives.} #id:k.may18.c22e
    Maia binds his leg with her own headscarf and will not look at you. From then on, when the wounded need hands, the women send for you. #id:k.may18.dd71
* [Stay down, and keep Maia down with you # history: kiosk_help_wounded #id:k.may18.c3c7]
    ~ role = "sewing"
    # place: women_barrack
    You lie in the dust with your arm over Maia's back. You count the shots, then stop counting. #id:k.may18.bb40
    When it is quiet, men carry the young man away. You never learn his name. #id:k.may18.90f3
    Two days later you are back at your sewing machine, and your hands will not keep still. #id:k.may18.8ed6
- # clear # note: shootings_may
A colonel of the MVD, the ministry that runs the camps, orders the firing to stop. #id:k.may18.0b7e
By one archival count, 18 people are killed and 70 wounded. Other accounts give other days and other numbers. #id:k.may18.eabc
-> kiosk_may27

=== kiosk_may27 ===
# kiosk
~ kiosk_day = 12
~ time_of_day = "evening"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = false
~ kites = false
~ hunger = false
~ tanks = "none"
# clear # place: guardhouse # note: may23_walls_rebuilt
19 May: generals from Moscow and Alma-Ata promise gates between the zones, and no punishment. You go back to work. #id:k.may27.6ff6
23 May: you come back from work to a new wall, with no gate in it. Maia lays her palm on the wet bricks. #id:k.may27.9560
# note: may24_zones_united
The next day the walls come down again. Now the prisoners' own commission runs the camp, and the guards stay outside. #id:k.may27.021b
# clear # place: meeting_hall # note: may27_demands
Thursday, 27 May. About two thousand prisoners crowd a dining hall, you and Maia on one bench. Men from Moscow sit at the front. #id:k.may27.41f3
# note: kuznetsov
Kuznetsov, chairman of the prisoners' commission, reads the demands: an inquiry into the shootings, shorter terms, a review of political cases, free contact with the women, a visit by a member of the Party leadership. #id:k.may27.ba5d
# discuss: kiosk_moderate_demands
"What do you hope for?" Maia whispers. #id:k.may27.2670
* [That the walls between us stay down # history: kiosk_demands #id:k.may27.2056]
    You think of Mykola at your door. To see him any day you like, without a wall: that would be enough. Maia nods. "A small wish. They might even grant it." #id:k.may27.89b8
* [That the twenty-five years are cut # history: kiosk_demands #id:k.may27.526d]
    Twenty-five years. You would be forty-five. You let yourself imagine a smaller number. Maia says hers aloud, for the first time: her daughter will be thirty. #id:k.may27.73ea
* [That someone above these men comes and listens # history: kiosk_demands #id:k.may27.db0c]
    Not these men. Someone from the very top. Maia shakes her head. "Moscow listens to Moscow," she says. #id:k.may27.3804
- The prisoners hold to that last demand until the end. They do not trust the camp, or the ministry that runs it. #id:k.may27.7a60
-> kiosk_june04

=== kiosk_june04 ===
# kiosk
~ kiosk_day = 20
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
~ tanks = "none"
# clear # place: women_zone # note: equal_rations
Friday, 4 June. Everyone gets the same bread now, with no extra for the trusties. The workshops sew and mend for the prisoners. #id:k.june04.3ecf
# note: loudspeakers_radio
From loudspeakers made out of film projectors, a woman reads the news of the day. Outside the wire, the guards' loudspeakers answer: go back to work. #id:k.june04.306e
# clear # place: women_barrack # note: kites_leaflets
From a barrack roof a kite climbs into the wind, built by Chechen prisoners. Under it hang leaflets from the commission's propaganda service. Over the settlement they scatter: please pass this to the Central Committee. #id:k.june04.6c50
Warders on motorcycles chase the paper. The guards fly kites of their own, to tangle the string. #id:k.june04.3bf9
# clear # place: guardhouse # note: defence_pickets
That evening Mykola finds you by the barricade, under a sign that says "Caution! Mined!" There are no mines. #id:k.june04.7755
He presses a folded paper into your hand. "Take this to the bakery. Don't read it, and don't ask who sent it." #id:k.june04.a459
* [Take the paper to the bakery #id:k.june04.fd32]
    ~ ties_up()
    # place: bakery
    You carry it in your sleeve past two pickets. The man at the bakery reads it, burns it and nods. #id:k.june04.9d8e
    You do not ask. You do not sleep well. #id:k.june04.19a4
* [Give it back: "Find someone else." #id:k.june04.5d32]
    Mykola looks at you a long moment, then puts the paper away. #id:k.june04.0348
    "You're right," he says. "One of us is enough." #id:k.june04.4bc4
-
# clear
Later, in the next barrack, a priest marries two prisoners. There is a borrowed scarf, a song from home, and a cake made of saved bread. Maia, a Lutheran, sings the Ukrainian hymn with the wrong words and the right tune. #id:k.june04.9b93
Walking back, you pass the barricade, and the picket asks your name, not your number. #id:k.june04.fe55
-> kiosk_june26

=== kiosk_june26 ===
# kiosk
~ kiosk_day = 42
~ time_of_day = "night"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = true
~ tanks = "none"
# clear # place: women_barrack # note: rations_hunger
From 10 June, an MVD record will later say, the bread is cut to 500 grams a day. The guards' loudspeakers threaten to ship everyone to Magadan. A deadline passes, and nothing happens. #id:k.june26.ed40
# note: june15_tanks
Nobody inside knows that a train with tanks is on its way. #id:k.june26.960c
# clear # cn: violence
Saturday, 26 June. Just after three in the morning. #id:k.june26.490c
* [Read the scene #id:k.june26.bf19]
    -> scene
* [Read a short summary instead #id:k.june26.d0f7]
    -> summary

= scene
You wake to flares: white light over the barracks, and every shadow jumping. Shots at the edges of the zone, where the pickets stand. #id:k.june26.503e
~ tanks = "inside"
Then a noise you feel in your teeth before you hear it. The main gates are open. Tanks roll in, and soldiers behind them, with dogs. #id:k.june26.a904
Around you women pull on boots, pray, weep, run out into the street. #id:k.june26.68a0
-> choice

= summary
At about half past three, troops and five tanks enter the camp. Snipers shoot the prisoners' pickets. Flares light the barracks. Soldiers come in with dogs. #id:k.june26.b2bd
~ tanks = "inside"
In the women's zone, women run out into the street. #id:k.june26.85f5
-> choice

= choice
# clear # speaker: loudspeaker # note: assault_june26
Over it all, a loudspeaker: troops are entering. Stay in your barracks. Do not resist. Those who do not support the disorder may leave quietly. #id:k.june26.573c
Maia grips your wrist. "Whatever you do," she says, "do it now." The door, the floor, the street. #id:k.june26.442c
* [Walk out toward the gate, hands empty # place: guardhouse # history: kiosk_walk_out #id:k.june26.628d]
    -> walk_out
* [Lie down on the floor with Maia # place: women_barrack # history: kiosk_walk_out #id:k.june26.37f0]
    -> floor
* [Go out to the women in the street # place: women_zone # history: kiosk_walk_out #id:k.june26.c519]
    -> street

= walk_out
# place: guardhouse
Maia will not come. "I am too old to walk to Moscow," she says, and lets go. You step out with your hands raised. No one stops you. #id:k.june26.2a83
At the gate soldiers push you down onto the steppe. You lie face down in the dust while the camp behind you roars, and then goes quiet. #id:k.june26.3f07
# ending: walked_out
You will never be sure what walking out saved you, or what it cost. #id:k.june26.98e4
-> kiosk_epilogue

= floor
You lie on the boards with your arm over Maia{role == "sewing":, as you did on 18 May}. Engines shake the walls. Someone outside screams a name. Maia recites something in Estonian, steady as a lesson. #id:k.june26.17fc
# place: steppe # note: selection_arrests
At dawn soldiers drive everyone out. For hours you lie face down in the steppe, arms stretched out, under machine guns. Officials walk the rows with photographs from the prisoners' meetings. #id:k.june26.acca
{ties_underground > 0: -> picked_out}
# clear
The boots stop beside you, then walk on. Maia's little finger finds yours in the dust. You do not lift your head until the sun is high. #id:k.june26.f60d
# ending: stayed
You are alive and unhurt, and no one has picked you out. Where Mykola is, nobody can tell you. Soon the camp is emptied around you. #id:k.june26.bcfe
-> kiosk_epilogue

= picked_out
# clear
The boots stop beside you. A man looks from a list to your face. Someone saw you at the bakery. Maia's finger tightens on yours, then lets go. #id:k.june26.968c
# ending: arrested
"This one." You are led away, one of 436 arrested. #id:k.june26.1b13
-> kiosk_epilogue

= street
# place: women_zone # note: women_uprising
Outside, hundreds of women and men stand in the street of the women's zone. Flares, dogs, the roar of engines. #id:k.june26.e325
At the door Maia lets go of your wrist. A tank turns into the street and does not slow down. A girl from your barrack stumbles and falls in front of you. #id:k.june26.9380
* [Pull her out of the tank's way #id:k.june26.815a]
    # place: hospital
    You throw yourself at her and roll with her against a barrack wall. {gentle: Something strikes your leg and the world goes white.|The track passes close enough to touch. Something smashes into your leg and the world goes white.} #id:k.june26.ea38
    You wake in the hospital. The girl is alive. Maia is sitting by your bed, her hands in her lap. #id:k.june26.64bf
    # ending: wounded
    Weeks later, still limping, you are put on a train to another camp. #id:k.june26.3d73
    -> kiosk_epilogue
* [Hold your place beside the others #id:k.june26.aff2]
    You do not step back. Nor do the women on either side of you. #id:k.june26.606f
    {gentle: The tank reaches the line.|The tank does not stop.} #id:k.june26.9e0a
    # ending: killed
    Halyna Savchuk died in the women's zone at Kengir on 26 June 1954. She was twenty-four. #id:k.june26.bb4b
    -> kiosk_epilogue

=== kiosk_epilogue ===
# kiosk
# clear # note: casualties_dispute # discuss: kiosk_two_counts
How many died that morning? The accounts do not agree, and there is no independent count. #id:k.epilogue.196a
Official figures: 35 to 46 killed; 106 wounded, or over 500 in a secret report. #id:k.epilogue.63e7
Survivors' estimates: 500 to 700 killed or wounded. #id:k.epilogue.a5b9
# clear # note: selection_arrests
436 prisoners were arrested, the commission's leaders among them. #id:k.epilogue.e2fa
# note: transfers
About 1,000, half of them women, were sent to Ozerlag and Kolyma, far to the east. #id:k.epilogue.4170
# note: trials_executions
The leaders were sentenced in 1955; one of them wrote that seven were condemned to death. Executions followed in September 1956; sources differ on how many, and on the date and place. #id:k.epilogue.20b5
# note: kuznetsov_fate
Kuznetsov's death sentence was commuted. He was released in 1960. #id:k.epilogue.4814
# clear # note: camp_today
Halyna, Maia and Mykola are invented. The walls, the shootings, the demands, the kites and the tanks are not. #id:k.epilogue.fa3a
Remnants of the camp still stand in the industrial zone of Zhezkazgan. #id:k.epilogue.cfc7
-> END
