// Halyna, Act I "The walls": the prologue (early May 1954) and 16-19 May 1954 (day_00 to day_04).
// History: fact base §1-3, §8; addendum §9-10, §13; addendum-2 §1-2. Everything inside the women's
// zone is reconstruction: the sources do not record what one woman saw on these nights.
// Globals set here (each through functions.ink): hope, health, bond_maia, bond_mykola, bond_jonas,
// trust_commission, ties_underground, mykola_hurt (day 3), met_sokol (day 1), and the Act I-II
// memory (letter, first_night, jonas_ask, may18, may19, generals: variables.ink). Map: walls =
// "breached" from day 1. Each choice is named again on a later screen (the echo is noted by it).

// ---------------------------------------------------------------------------------------------
// Prologue: early May 1954
// ---------------------------------------------------------------------------------------------
=== day_00 ===
~ day = 0
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: sewing_workshop
Early May, 1954. The steppe wind finds every crack in the workshop window and lays a skin of dust on the cutting table. You shake it out of an officer's tunic, better wool than anything you have worn in four years, and thread your needle against the light. #id:h.d00.bde3
-> workshop

= workshop
# clear
# place: service_yard
Around you the service yard goes about its day: a cart at the food stores, the bakery breathing warm bread over everything, the sewing machines chattering. For years the officers of Dzhezkazgan have had their uniforms made here, by women whose names they never ask. #id:h.d00.0c29
# clear
# note: special_camps
Numbers do for names here. On your back, your chest and your cap sits a white cloth patch with yours on it. The jacket under the patch has been cut, so it cannot be torn off in an escape. The warders call you by the number. Your name lives only in your mother's letters. #id:h.d00.65a2
# clear
# place: lagpunkt_3
Past the window is the wall of the 2nd lagpunkt, and past that another wall, and behind it the 3rd, where your brother Mykola sleeps. A few hundred metres. Once, last autumn, when you still dug ditches outside the wire, your column passed his on the road, too far off to see faces, and he shouted your name. That was the whole of a year. #id:h.d00.0a5d
# clear
# note: criminals_sent_in
This spring, says Zoya at the next machine, the transports have brought thieves into the 3rd: blatnye, men who won't work and laugh at the warders. "They've been brought in to set them on our lads," she says, biting off a thread. "Everyone says so." #id:h.d00.47e3
# clear
# note: amnesty_strikes_1953
Everyone says a great deal, since last spring. Stalin died, and an amnesty opened the gates for thieves and short terms, and not for one twenty-five-year woman in this workshop. In summer his police chief, Beria, was arrested; by Christmas he was shot. Then whispers came from the north: at Norilsk and Vorkuta the men stopped work and made demands. At Vorkuta, the soldiers fired. #id:h.d00.8b2e
-> barrack

= barrack
~ time_of_day = "evening"
# clear
# place: women_barrack
In the evening the column walks you back through the gate to the women's zone, and the count is taken, and taken again. Maia Tamm has the bunk next to yours: Estonian, fifty-three, a teacher once, who corrects the camp's Russian under her breath and has not seen her daughter since 1949. #id:h.d00.fb5c
# clear
Your next letter home is allowed this month. It will be read before it leaves. You have one clean sheet of paper, saved since winter, folded inside your pillow. Maia's letter is allowed too, and she has no paper at all. She has not asked. She would never ask. #id:h.d00.2207
* [Write to Mama, and tell her only good things #id:h.d00.8cb2]
    ~ hope_up()
    ~ letter = "mama"
    You write that you are well, that the work is indoors, that the wind here is warm. All of it nearly true. You do not write about the number on your back. Mama would only cry over it, and she has cried enough for two children. #id:h.d00.2046
* [Write to the Procurator, and ask for a review #id:h.d00.edec]
    ~ trust_up()
    ~ letter = "procurator"
    You write to the Procurator in Moscow, in your best school hand: you were twenty, you carried bread to the forest, you ask that your case be looked at again. Since Stalin died, women in the barrack say, such letters are sometimes answered. #id:h.d00.78da
* [Write to Mykola, and find a way across # place: mykola_barrack #id:h.d00.de4d]
    ~ bond_up(bond_mykola)
    ~ letter = "mykola"
    Four lines, folded small. A carter from the 3rd brings coal to the bakery; tomorrow, if the warder at the stores looks the other way, he will take them. If not, it is the shizo for you both. You write: I am alive. I sing. I think of you. Do not do anything stupid. #id:h.d00.3aca
* [Give the sheet to Maia for her daughter #id:h.d00.ccc0]
    ~ bond_up(bond_maia)
    ~ letter = "maia"
    Maia holds the sheet a long time before she writes, small and straight, in Estonian. You cannot read a word of it except the name at the top: Tiiu. She says nothing. Later, in the dark, she reaches across the gap and rests her hand on your shoulder. #id:h.d00.7947
-
# clear
# place: women_barrack
# discuss: numbers_instead_of_names
After the evening count the warder comes round with the key. The bolt slides across outside, a sound you stopped hearing long ago, except tonight. #id:h.d00.5395
{letter:
- "mama": You lie in the dark composing the letter you did not send, the true one, and tear it up in your head, line by line. #id:h.d00.ab02
- "procurator": Somewhere a clerk will open your letter and see a number. You try to imagine his face, and cannot. #id:h.d00.4ed2
- "mykola": Your four lines are under a lump of coal by the bakery door, waiting for a carter who may not come. #id:h.d00.0dfd
- else: Maia's letter lies folded on her chest. She has not let go of it since she wrote the last word. #id:h.d00.f3a7
}
You say the evening prayer for Mykola and for yourself, under your breath. #id:h.d00.eba8
-> day_01

// ---------------------------------------------------------------------------------------------
// Day 1: Sunday 16 May 1954. The raid on the service yard; the film; the lamps; the first night.
// ---------------------------------------------------------------------------------------------
=== day_01 ===
~ day = 1
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
# place: women_barrack
Sunday, 16 May. No work on Sundays. You wash your other shirt and hang it on the line between the barracks, and the sun dries it before you have finished your bread. {letter == "maia": Maia sits with empty hands; her letter to Tiiu went out on Friday, and she keeps touching her pillow where it lay.|Maia reads a letter she has read forty times.} Past the service yard, men are shouting. #id:h.d01.bfaa
-> raid

= raid
# clear
# place: wall_yard_l2
# note: may16_service_yard
The shouting grows. Then a crack, like a stone on a tin roof, and another. Women come out of the barracks with their hands still wet. Someone says the thieves from the 3rd are up on the walls of the khozdvor, the service yard. Someone else says: the food stores. They're after the stores. #id:h.d01.7f00
* (roof) [Climb onto the barrack roof to see # place: women_barrack #id:h.d01.656b]
    From the roof the service yard lies open: the stores, the bakery chimney, your workshop's dark window. Men in black jackets crouch along the far wall and on the roofs, throwing stones and lumps of saman into the yard. Dust hangs over it all like flour. #id:h.d01.766b
* (wall) [Go to our wall and listen # place: wall_women_yard #id:h.d01.4724]
    At the wall you hear it better than you could see it: stones drumming on tin, men's voices, a whistle. The saman under your palm is warm from the sun, and it shivers each time something strikes the far side. You count the blows without meaning to. #id:h.d01.d0d5
* (stay) [Stay inside with Maia, who has not moved #id:h.d01.4d85]
    Maia turns a page. "Whatever it is," she says, "it will still be happening when you get there." You sit on the edge of your bunk and listen to the noise rise and fall, weather you cannot see, while the other women run past the window. #id:h.d01.0cb5
-
# clear
# note: may16_service_yard
By evening the zone tells it one way. The gates of the service yard opened and a platoon of soldiers came out without rifles, led by an officer, Belyaev, whom the men call Wart. Stones and saman bricks flew from the wall. The soldiers kept walking, and the thieves gave way, back towards the 3rd. #id:h.d01.b3df
# clear
{
- raid.roof: From the roof you saw the soldiers' faces, and they were boys' faces, red from the sun, ducking the stones. Afterwards there were no arrests, not even a name taken. #id:h.d01.c3e6
- raid.wall: You felt it through the wall before anyone told you: the blows slowing, then stopping, then the far side gone quiet. Afterwards there were no arrests, not even a name taken. #id:h.d01.2260
- else: It was over before anyone came back to tell you, as Maia said it would be. Afterwards there were no arrests, not even a name taken. #id:h.d01.477e
}
The older women like that least of all. "When the bosses do nothing," says the barrack elder, shaking out her blanket, "it means they are writing it down." #id:h.d01.54c7
-> film

= film
~ time_of_day = "evening"
# clear
# place: dining_hall_2
At dusk, faint over two walls, comes music: an orchestra, and then a voice, climbing. They are showing the men of the 2nd a film by their dining hall. {raid.stay: Maia, who would not get up for a riot, gets up for this. She|Maia} listens, and says: Rimsky-Korsakov. You have never heard of him, and you stand very still so as not to miss him. #id:h.d01.7817
# clear
# place: watchtower
Then the lamps go out. Not all at once: a pop and a tinkle of glass, darkness, another pop. Someone laughs out there in the dark. Slingshots, the women say, the thieves are shooting out the lamps like sparrows. Soon there are only the searchlights, sweeping from the towers. #id:h.d01.dadb
-> night

= night
~ time_of_day = "night"
# clear
# place: women_barrack
Tonight no warder comes round with the key. The bolt stays open. Women lie dressed on their bunks, awake. Near midnight a dull thudding starts at the wall by the service yard, over and over. {raid.wall: You know that wall's voice now; you had your palm on it this afternoon.|{raid.roof: From the roof you saw the low place by the bakery; it comes from there.|Maia says, eyes shut: "It is still happening."}} Then a long crumbling sound, and men's voices, close. #id:h.d01.c98f
# clear
# note: crossings
They come through the dark between the barracks: a dozen, then more. Thieves, by the voices and the swagger{raid.roof:: the black jackets you saw from the roof}. Someone bangs on a door and laughs. In the next barrack a woman screams, and another tells her to hush, they're only looking. On your own porch step a boy sits holding his face. #id:h.d01.1481
* [Stay down on the bunk beside Maia #id:h.d01.71ef]
    ~ bond_up(bond_maia)
    ~ first_night = "hid"
    You pull the blanket up and lie still, the way you lay in the hayloft when soldiers searched the village. Maia counts under her breath in Estonian, slowly, past a hundred. Boots on the porch. A voice, a laugh. The door opens a hand's width, and closes. The boots go on. #id:h.d01.19e4
* [Go to the door and see who comes # place: women_barrack #id:h.d01.a0dc]
    ~ hope_up()
    ~ first_night = "door"
    You stand in the doorway with your arms folded, the way your mother stood at her gate when the requisition men came. Shapes pass at the edge of the searchlight: shaved heads, a coat over a vest, a harmonica somewhere. A man passing touches his cap to you. Behind you the barrack is watching your back. #id:h.d01.b298
* [Take water and a rag to the boy on the step #id:h.d01.19d3]
    ~ met_sokol = true
    ~ first_night = "tended"
    You take the water can and a clean rag. The boy is younger than you, with a gap in his teeth and {gentle: a cut above his eye.|a split above his eyebrow, the blood dried black down his cheek.} "Sokol," he says, when you ask. Falcon. "A stone from our own side, this afternoon. Easy, sister. I'm bleeding for freedom." #id:h.d01.0468
    # clear
    # speaker: sokol
    "Savchuk?" he says, when you tell him your name. "There's a Savchuk in the 3rd. Tall, never smiles." He winks with his good eye. "He told us: no trouble in the women's zone. So there's no trouble." He takes your rag with him when he goes. You do not ask for it back. #id:h.d01.2f02
-
# clear
# place: wall_women_yard
Before dawn the men go back the way they came. #id:h.d01.7f3e
{first_night:
- "hid": Maia stops counting at last, somewhere past four hundred, and says in Russian: "So. We are still here." #id:h.d01.5f74
- "door": The man with the harmonica plays one tune at the corner as he goes, for you or for no one. #id:h.d01.3265
- else: On the step there is a dark smear where the boy sat, and nothing else of him. #id:h.d01.8a90
}
In the grey light you walk out to look: where the wall to the service yard stood, there is a hole the width of a door, straw sticking out of the broken saman. The warders keep their distance. #id:h.d01.3fc0
-> day_02

// ---------------------------------------------------------------------------------------------
// Day 2: Monday 17 May 1954. The second night: Ukrainians and Lithuanians follow; Jonas; guards fire.
// ---------------------------------------------------------------------------------------------
=== day_02 ===
~ day = 2
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: wall_women_yard
Monday, 17 May. All day the zone talks. The thieves say the bosses are afraid; the older women say the bosses are only waiting. #id:h.d02.45fe
{first_night:
- "door": At the water barrel women who saw you in the doorway make room for you. One calls you the gatekeeper, half in fun. #id:h.d02.0110
- "tended": At the water barrel a woman who saw you with the boy on the step calls you the thieves' nurse, and not kindly. #id:h.d02.4b90
- else: At the water barrel no one looks at you twice, and you are glad of it. #id:h.d02.17f1
}
A girl from Lviv says our own lads from the 3rd will come tonight for their sisters. #id:h.d02.276b
-> evening

= evening
~ time_of_day = "evening"
# clear
# place: women_barrack
By evening the barrack has split in two. Half want the door barred with the bench and the water barrel. Half say: our brothers may come, and who bars a door against a brother? The barrack elder looks at you, because the whole barrack knows you have a brother over there{first_night == "door":, and because last night you stood in that door}{first_night == "tended":, and because last night you washed a thief's face on the step}. #id:h.d02.9dfa
* (barred) [Help bar the door. Brothers can knock. #id:h.d02.7633]
    # fact: c1.door.barred
    You drag the bench across with the older women and wedge the barrel behind it. It will not stop anyone who means it. It will make them knock. Maia nods at you once, the way she must have nodded at a good answer on a blackboard. #id:h.d02.a513
* (latch) [Leave it on the latch. Let them come. #id:h.d02.f959]
    # fact: c1.door.latch
    You leave the door on the latch. The bench stays where it is. The women who wanted it barred move their blankets to the back of the barrack, away from the door, and do not look at you. Maia stays where she is, next to you. #id:h.d02.c791
-
-> night

= night
~ time_of_day = "night"
# clear
# note: crossings
# crossing: c1
They come later than last night, and more of them, and the voices are different: Ukrainian, Lithuanian, a Russian calling one name again and again. Men looking for sisters, wives, girls from their own villages. {evening.barred: Near midnight someone knocks on the window by your bunk, politely, like a guest.|Near midnight a man stands in your open doorway, and the women at the back go very still.} #id:h.d02.31da
# clear
# speaker: jonas
# fact: c1.intro
"Savchuk?" he says, in careful Russian, with a Baltic lilt. "Halyna Savchuk? I am Jonas. Vaitkus. From Kaunas. I sleep two bunks from your brother."{first_night == "tended": A boy with a gap in his teeth told them where Savchuk's sister sleeps.} He is thin and young and very serious, and he has saman dust in his eyebrows from the wall. #id:h.d02.6fa9
# clear
# speaker: jonas
# fact: c1.comb
Mykola is well, Jonas says. Thinner. He wanted to come himself, but his own people held him back: they need him where he is. {letter == "mykola": Your four lines reached him by the coal cart; he keeps them in his boot.|{letter == "mama": He asks whether Mama writes to you; his letters from home stopped in the winter.|He has had no word from you since the winter, and asks if you are angry.}} He has sent this: a little wooden comb, carved with the pattern your grandmother stitched on shirts. #id:h.d02.3f38
# clear
# speaker: jonas
# fact: c1.ask
There is something else, Jonas says, and lowers his voice{evening.barred: at the window gap, so that you lean on the sill| in the doorway, so that the women at the back cannot hear}. Mykola's friends want someone in the women's zone. Someone to carry a word, when a word needs carrying. Nothing more. He does not say how much Mykola has told him about the forest, and the bread, and the night they came for you. #id:h.d02.7757
* [Say yes. For Mykola. #id:h.d02.ccb8]
    ~ ties_up()
    ~ jonas_ask = "yes"
    # fact: c1.answer.yes
    "Yes," you say. It comes out easier than it should. Jonas nods slowly, a man handed something breakable. "He will ask you himself, when the time comes," he says. You think of the forest, and the bread, and the boys who never came back out of it. #id:h.d02.5074
* [Say you will think about it. #id:h.d02.2620]
    ~ jonas_ask = "think"
    # fact: c1.answer.think
    "I'll think," you say. Jonas nods. "Good," he says, and seems to mean it. "People who say yes too fast frighten me." He turns the comb over in your hand so the pattern is on top, and for a moment neither of you says anything. #id:h.d02.b115
* [Say no. You carried enough, in the forest. #id:h.d02.aec2]
    ~ jonas_ask = "no"
    # fact: c1.answer.no
    "No," you say. "Tell him I carried enough. Tell him I have four years in and twenty-one to go, and I mean to walk out." Jonas does not argue. "He said you would say that," he says. "He said you would be right." #id:h.d02.67ec
-
# clear
# place: watchtower
# note: shootings_may
# fact: c1.shot
A shot cracks over the service yard, then a long burst. The searchlight swings onto the breach and holds it. Men run past bent double. Jonas is on his feet, half in the light. {evening.barred: Behind the barred door|Behind you, through the open door,} the barrack holds its breath: if a man is found in here, every woman in it may go to the punishment cell. #id:h.d02.d8d0
* [Pull him down behind the porch # place: women_barrack #id:h.d02.2210]
    ~ bond_up(bond_jonas)
    # fact: c1.light.pull
    You grab his sleeve and pull, and you both go down behind the porch step in the dirt. The searchlight slides over the boards above your heads. The shooting stops, starts, stops. You lie there until your heart slows. Jonas whispers something in Lithuanian, and then again in Russian: thank you. #id:h.d02.2425
    # clear
    Before first light he goes, keeping low along the barrack wall. He stops once at the corner and lifts a hand. You lift the comb. Then you go in and lie down beside Maia, who is awake, and who asks you nothing at all. #id:h.d02.5f24
* [Tell him to run for the wall now # place: wall_women_yard #id:h.d02.6f6d]
    # fact: c1.light.go
    "Go," you say. "Now, while the light is on the other side." He looks at you, and goes, low and fast. You watch him reach the breach. Then the searchlight swings back, and you cannot see him any more. You do not find out tonight whether he got home. #id:h.d02.adb6
-
# clear
# place: women_barrack
# discuss: why_did_men_cross
At dawn the zone counts its rumours: who was hit, who was taken, whose brother came. None of it is certain. You sit with the comb in your lap. #id:h.d02.0212
{jonas_ask:
- "yes": Somewhere in the 3rd, a man you have never met now knows your name and your yes. #id:h.d02.c083
- "no": Your no is on its way to Mykola. You find it weighs more than a yes would have. #id:h.d02.4734
- else: You said you would think. You find you have thought of nothing else. #id:h.d02.b64d
}
Maia watches you a while. "Well," she says. "Now the walls have holes in them. Let us see what comes through." #id:h.d02.b1cc
-> day_03

// ---------------------------------------------------------------------------------------------
// Day 3: Tuesday 18 May 1954. Submachine gunners in the service yard; the shooting; the wounded.
// ---------------------------------------------------------------------------------------------
=== day_03 ===
~ day = 3
~ time_of_day = "day"
~ weather = "heat"
# clear
# place: service_yard
Tuesday, 18 May. In the morning there are soldiers in the service yard. Not warders: soldiers, with submachine guns across their chests, standing by the stores and the bakery door. Through the hole in your wall you can watch them smoke, glance your way, and look off somewhere else. {bond_jonas >= 1: There is still dirt from under the porch in the seams of your skirt.} #id:h.d03.a6dd
# clear
# place: women_barrack
No one goes to the workshop. The bread comes late and tastes of nothing. Maia sits in the sun with her eyes shut. "They have put soldiers between the zones," she says. "It is the first sensible thing anyone has done in three days." You cannot tell if she means it. {first_night == "tended": Neither can the woman who called you the thieves' nurse; she laughs too loud.} #id:h.d03.81d3
# clear
All day the men shout across from the 2nd, over the yard and the soldiers: they will come again tonight, guns or no guns. The women shout back. Some shout: don't. Some shout: come. {jonas_ask == "yes": You shout nothing, and listen for a word meant for you.|You shout nothing.} The soldiers listen to all of it, and finish their cigarettes. #id:h.d03.3ecc
-> dusk

= dusk
~ time_of_day = "evening"
# clear
# place: wall_women_yard
# speaker: jonas
# crossing: c1b
# fact: c1b.word
At dusk Jonas is at the breach, crouched in the shadow of the wall. {bond_jonas >= 1: He grins when he sees you: last night is a joke the two of you now share.|So he did get home. He nods to you, unsure of his welcome.} "Mykola is in the yard," he says. "Behind the bakery. He wants to see you. Tonight, he says, or he does not know when." #id:h.d03.d414
# clear
# fact: c1b.soldiers
Beyond Jonas the service yard is long and grey. The soldiers stand by the stores, fifty steps from the bakery. Men are already moving in the shadows of the far wall, in twos and threes. Behind you Maia is at the barrack door, watching. You have not seen your brother's face in four years. #id:h.d03.0976
{jonas_ask:
- "yes": You said yes to his friends. This is only your brother. #id:h.d03.b3ff
- "no": You said no to his friends. You cannot say it to him. #id:h.d03.b8db
- else: You have had a night and a day to think, and thought of nothing but this. #id:h.d03.8c50
}
* (go) [Go with Jonas to the bakery wall # place: bakery # history: third_night #id:h.d03.4ddf]
    ~ bond_up(bond_mykola)
    ~ health_down(2)
    # fact: c1b.answer.go
    You follow Jonas along the wall, bent low, into the smell of bread. Mykola is there in the bakery's shadow, broader and greyer than you remember. He holds you so hard your feet leave the ground, and says nothing at all, and neither do you. The comb is in your pocket. #id:h.d03.16be
* (send) [Send word: go home, Mykola, not tonight # history: third_night #id:h.d03.051e]
    ~ hope_down()
    # fact: c1b.answer.send
    "Tell him to go home," you say. "Not tonight, not with soldiers there. Tell him I am well." Jonas looks at you a long moment, nods, and goes. Across the yard, by the bakery, a shape you think is your brother lifts a hand, and turns away. #id:h.d03.a0ea
* (come) [Tell him to come here, to you # place: wall_women_yard # history: third_night #id:h.d03.b5f7]
    ~ mykola_hurt = true
    # fact: c1b.answer.come
    "Tell him to come," you say. "Here. I will wait at the wall." Jonas goes. You crouch where he crouched, in the smell of broken saman, and wait. Across the yard more men are moving than last night. One of them, head down, long-legged, is coming towards you. #id:h.d03.c10d
-
-> shooting

= shooting
~ time_of_day = "night"
# clear
# cn: violence
The next scene contains gunfire, injury and death. It is told without spectacle. You can read the scene, or read a short factual summary instead. #id:h.d03.e241
* [Read the scene #id:h.d03.54e6]
    -> shooting_scene
* [Read a short summary instead #id:h.d03.6141]
    -> shooting_summary

= shooting_scene
# place: service_yard
It starts with one shout by the stores{dusk.go:, so close behind the bakery that you hear the man draw breath}{dusk.come:, while you are still waiting at the wall}, and then the guns: not the dry crack of the towers but a long tearing sound, again and again, filling the yard from wall to wall. Men run. Men throw themselves down. {gentle: Some of them do not get up again.|Some of the men lying in the dust do not move again.} #id:h.d03.3c18
# clear
{
- day_03.dusk.go:
    # place: bakery
    Mykola throws you down behind the bakery step and lies over you. Something whines off the wall above your heads and the saman bursts into dust. {gentle: A sharp sting runs across your forehead.|A splinter of brick opens your forehead, and warm blood runs into your eye.} Mykola says your name in your ear, over and over, like a prayer. #id:h.d03.7b51
- day_03.dusk.send:
    # place: wall_women_yard
    You are at the breach when it begins, and you cannot look away. The searchlight finds the yard and holds it. In its white light men drop flat. {gentle: One of them falls and stays still.|One falls in mid-stride, loose as a sack, and does not move.} You look for the bakery, for a raised hand. There is only the wall. #id:h.d03.f500
- else:
    # place: wall_women_yard
    It is him: you know the way he runs. He is halfway across when the guns begin. He drops flat with the others, and rises, and runs, and falls again. {gentle: This time he is hurt; you can tell from how he lies.|This time he curls round his thigh, and even from here you hear him cry out.} Two men drag him back towards the bakery, out of the light. #id:h.d03.7e96
}
# clear
# note: shootings_may
Then, as suddenly as it began, it stops. Later you will learn who stopped it: Colonel Konovalov, head of the regional MVD in Karaganda, ordered the firing to cease. In the silence someone is calling for water, in Ukrainian, then in Russian. {dusk.come: Another voice, further off, is calling your name.} #id:h.d03.1d0b
-> after

= shooting_summary
# place: service_yard
# note: shootings_may
Summary. On 18 May, submachine gunners in the service yard opened fire on prisoners. By one archival count 18 were killed and 70 wounded; other accounts differ. Colonel Konovalov, head of the Karaganda regional MVD, ordered the firing stopped. #id:h.d03.b249
{
- day_03.dusk.go:
    You were in the yard with Mykola when it began. He covered you behind the bakery step. {gentle: You were hurt, not badly.|A splinter of brick cut your forehead.} He was not hit. #id:h.d03.ee33
- day_03.dusk.send:
    You watched from the breach in your wall. Mykola had turned back before the firing started. #id:h.d03.502f
- else:
    Mykola was crossing the yard to you when the firing began. He was wounded in the thigh, and carried back out of the light. #id:h.d03.a6fc
}
-> after

= after
# clear
# place: women_barrack
All night the wounded are carried. Some come through the breach into the women's zone, because it is nearest, and are laid on bunks in the next barrack. Vera Sidorenko from the kitchen brigade, a broad Russian woman with a voice that carries over anything, has the stove lit and the water on. {dusk.go: You watch it all with one eye; the other is under a wet rag.}{dusk.come: Every stretcher could be your brother's. None is.} #id:h.d03.bbcc
# clear
{
- day_03.dusk.go:
    Mykola brought you back through the breach with his hand pressed to your forehead, and went before anyone could see him. He was not hit. You are sure he was not hit. {gentle: Maia cleans the cut|Maia cleans the cut with boiled water and binds it} and says nothing, which is how you know she was afraid. #id:h.d03.853c
- day_03.dusk.send:
    # speaker: jonas
    Before the sky greys Jonas comes to the breach, filthy with dust. Mykola is in his barrack, he says. He had turned back before it began, as you asked. Jonas does not say what he saw on the way. You do not ask. #id:h.d03.a4fe
- else:
    # place: hospital
    # speaker: jonas
    Before the sky greys Jonas comes to the breach. Mykola is alive. {gentle: He was hit in the leg, and they took him to the hospital.|The bullet went through his thigh; they carried him to the hospital on a door.} He asked for you. You cannot go to him: the yard is full of soldiers again. #id:h.d03.7b19
}
# clear
Vera is at the door of the next barrack with a bucket in each hand. "Anyone who can stand," she says, "can carry." Behind you the youngest girls of your barrack sit in a row on one bunk, shaking, though the night is warm. The breach is full of men's voices asking for names. {mykola_hurt: You cannot get to Mykola. You can get to this.} #id:h.d03.082f
* [Carry water for Vera # place: women_barrack #id:h.d03.669e]
    ~ may18 = "water"
    You carry water until your arms stop feeling like arms. Vera does not ask your name or your number. She says "here" and "there" and "good girl", and once, when a man on a bunk stops answering, she says nothing at all and puts her hand flat on his chest. #id:h.d03.e1e9
* [Go to the breach and ask for names # place: wall_women_yard #id:h.d03.059c]
    ~ may18 = "names"
    At the breach you ask every man who passes: who was hit, from which barrack, which names. Each gives you a different answer, and a different number. One says ten. One says forty. One only shakes his head and keeps walking, carrying someone's jacket. #id:h.d03.be70
* [Sit with the girls who cannot stop shaking # place: women_barrack #id:h.d03.5156]
    ~ may18 = "girls"
    You sit down among the girls and start the song your choir sang at Easter, very low, and after a while two of them sing with you. You sing it to the end. Maia, on the next bunk, hums the tune without knowing the words. #id:h.d03.6775
-
# clear
# discuss: counting_the_dead
# note: shootings_may
In the morning the count in the barrack is not the count at the bakery. People will argue about it for seventy years. One archival count, found long after, gives eighteen killed and seventy wounded; other accounts give other days and other numbers. #id:h.d03.0daa
{may18:
- "names": You have seven names written on your palm in ink, and no number at all. #id:h.d03.4a61
- "water": Your arms ache. You never learned the name of the man under Vera's hand. #id:h.d03.5dd6
- else: The girls sleep at last, in a heap, like puppies. #id:h.d03.ef2a
}
You say the prayer for the dead without any number in it. #id:h.d03.e1b3
-> day_04

// ---------------------------------------------------------------------------------------------
// Day 4: Wednesday 19 May 1954. The first Moscow commission; "sabantuy"; the women's representatives.
// ---------------------------------------------------------------------------------------------
=== day_04 ===
~ day = 4
~ time_of_day = "day"
~ weather = "dust"
# clear
# place: service_yard
Wednesday, 19 May. A quiet morning, a quiet you have never heard. No hammer, no cart, no column. Across the breach the service yard is empty except for dust, and the marks on the bakery wall at the height of a man, and the places where someone has thrown down sand. #id:h.d04.720f
{may18:
- "names": The seven names on your palm have smudged in the night. You trace them over with a burnt match. #id:h.d04.5357
- "water": Your arms still ache from Vera's buckets. #id:h.d04.40cc
- else: Two of the girls from last night have moved their blankets next to yours. #id:h.d04.c6ed
}
# clear
{
- mykola_hurt:
    # place: hospital
    A note comes through the breach, in Jonas's careful letters: M. is in the hospital, the leg is clean, the doctor says he will walk. He asks you not to come, and not to worry. You read it four times, and fold it into your pillow, and sit with your hands in your lap. #id:h.d04.c497
- health < 7:
    Your forehead throbs under Maia's bandage. A note comes through the breach in Mykola's square hand: Are you mending? I am not even scratched. Do not do that again. Neither of us. You laugh, and it hurts, and you laugh anyway. #id:h.d04.5f01
- else:
    A note comes through the breach in Mykola's square hand: I am whole. I did as you said. Next time I will not. You read it four times, and put it in your pillow, and for the first time in three days you sleep for an hour in daylight. #id:h.d04.9a3e
}
-> choosing

= choosing
# clear
# place: bathhouse
# note: first_commission
At noon the word goes from barrack to barrack: generals are coming from Moscow, and the men say each zone must choose people to speak for it. Two from each lagpunkt. The women are to meet by the bathhouse. You go, because everyone goes, with the dust in your teeth. #id:h.d04.218e
# clear
More than two hundred women stand in the wind by the bathhouse. An older woman with a doctor's steady hands speaks first: someone must tell the generals about the fire zone, the letters, the brothers behind the walls, last night. {may18 == "names": You have seven names on your palm.} Someone must give a name. At the word name, the crowd goes quiet. #id:h.d04.9fa5
* (spoke) [Speak up. Say it, name and all. # history: women_representatives #id:h.d04.49c5]
    ~ may19 = "spoke"
    You hear your own voice say it: Savchuk, Halyna, and then the rest, the letters, the brothers, the night. The women choose older women in the end, with steadier voices. But one of them finds you afterwards and says: come and stand behind us. You go. #id:h.d04.b33e
* (maia) [Put Maia's name forward # history: women_representatives #id:h.d04.2648]
    ~ may19 = "maia"
    Maia stares at you, stung, and then she laughs, a real laugh. "I am a teacher," she says. "I count other people's mistakes." She will not stand. But on the walk back she takes your arm, which she has never done, and holds it harder than she needs to. #id:h.d04.e65a
* (kept) [Keep your name off their lists # history: women_representatives #id:h.d04.ee2c]
    ~ may19 = "kept"
    You step back into the crowd. You have seen what becomes of names written down on lists: you were on one once, in the village office, and they came for you in the night. The women around you understand; half of them are looking at their feet. #id:h.d04.7c32
-
# clear
The zone chooses its two women. The men's zones have chosen theirs, and the prisoners have a commission of their own. Its first demands go out at once: no camp officer to enter the zones until a government commission comes, and the fire zones to go. #id:h.d04.83d3
{may19:
- "spoke": You stand behind the two women as the demands are read, close enough to see their hands shake. #id:h.d04.069b
- "maia": Maia listens with her head on one side, marking them like homework. "Short," she says. "Good." #id:h.d04.2aca
- else: You hear them read from the back, over other women's heads. #id:h.d04.a8ae
}
-> commission

= commission
~ time_of_day = "evening"
# clear
# place: guardhouse
# note: first_commission
Late in the day they come to the vakhta: a lieutenant-general, Bochkov, deputy head of the camp administration in Moscow; a major-general, Gubin, the Kazakh republic's minister of internal affairs; Samsonov, from the Procurator's office. Clean boots in the dust. Officers behind them carry folders. {letter == "procurator": Your letter to the Procurator went two weeks ago. You look at the folders and cannot stop looking.} #id:h.d04.b19d
# clear
# note: first_commission
{may19 == "spoke": You stand behind the two women, near enough to hear it yourself.|The women who stand nearest bring back what was promised.} Gates will be cut in the walls between the men's zones and yours. The prisoners' demands will be met. And no one, no one at all, will be punished for these days. The women repeat it word for word, carrying it like water in cupped hands. #id:h.d04.654e
# clear
# note: first_commission
A word comes back with them, too. The lieutenant-general, people say, called the whole business a sabantuy: in soldiers' talk, a ruckus, a proper row; among the Tatars, a spring feast. By dark the zone has taken the word for its own. Sabantuy. It is the first laughter since Sunday, and it is not the laughter of a feast. #id:h.d04.0eb4
# clear
# place: wall_women_yard
You stand at the breach with Maia and look at the wall where a gate will be. Gates. No punishment. The dead of last night, however many they were, and a promise in clean boots. {mykola_hurt: And Mykola in the hospital, who asked you not to worry.|And Mykola across the yard, whole, who will not do as you say next time.} #id:h.d04.1d32
* [Believe them. A general's word is written somewhere. # history: trust_the_generals #id:h.d04.f212]
    ~ trust_up()
    ~ generals = "believed"
    You let yourself believe it. A general from Moscow is not a camp officer; he has to answer to someone. There will be a gate, and you will walk through it on a Sunday, and Mykola will be waiting on the other side. #id:h.d04.952f
* [Believe in a gate when you walk through it. # history: trust_the_generals #id:h.d04.3041]
    ~ generals = "waited"
    "Promises," Maia says, and you finish it for her: "are cheap on the steppe." You will believe in a gate when you walk through it. Until then it is a wall, with a hole in it that the generals have not mentioned. #id:h.d04.c081
* [Ask what Mykola's people make of it. # history: trust_the_generals #id:h.d04.1d83]
    ~ ties_up()
    ~ generals = "asked"
    # crossing: c1c
    # fact: c1c.promise
    You find Jonas at the breach and ask him what the men of the 3rd are saying. He chooses his words. "They say: write down every promise, with the date," he says. "They say: a promise is worth exactly what you can make them keep." #id:h.d04.9fc7
-
~ time_of_day = "night"
# clear
# place: women_barrack
# discuss: trust_the_promise
That night no one comes through the wall. The searchlights sweep the empty yard. You lie in the dark with the comb in your hand. #id:h.d04.4f72
{generals:
- "believed": You measure the gate in your head: the width of a door, a Sunday, a brother. #id:h.d04.b369
- "asked": You say the promise over to yourself with its date, so as not to lose a word of it. #id:h.d04.54e1
- else: Maia is asleep already. She does not lie awake over promises. #id:h.d04.d01a
}
Sabantuy, someone says from a far bunk, and someone else laughs, and then the barrack is quiet, and waiting, like you. #id:h.d04.13bd
-> day_05
