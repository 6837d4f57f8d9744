// Jonas, Act II "The broken promise": j_day_05 (Thu 20 May) to j_day_12 (Thu 27 May 1954).
// Writer j2. Brief: docs/briefs/jonas-arc.md and crossings.md (C1d day 7, C1e day 9, C2 day 12).
// History: fact base §1.4, §2.1, §3.2, §5.1-5.2; addendum §10, §13; addendum-2 §1. Rimas, Ostap,
// Stasys, Aslan, Petro, old Adomas and the foreman are fictional; all of it inside the zones is
// reconstruction.
// Globals set:
//   j_day_05 j_valve                           j_day_06 bond_rimas, j_iron
//   j_day_07 bond_halyna (by her answer), j_gate_answer, j_gate_paper
//   j_day_08 j_anger (via j_anger_up), j_may23  j_day_09 bond_halyna or bond_rimas, j_may24
//   j_day_10 j_adomas                          j_day_11 j_duty (always)
//   j_day_12 j_demand (always)
// Reads: j_bread (5, 6), j_stone (8), j_third_night (5, 7, 8, 9), bond_halyna (7 S, 9, 12),
// j_duty (12 S), and this act's own memory. Structural branching only on bond_halyna and j_duty.

// ---------------------------------------------------------------- Thursday 20 May
=== j_day_05 ===
~ day = 5
~ time_of_day = "dawn"
~ weather = "wind"
~ walls = "breached"
# clear
Thursday, 20 May. The rail at five, the count, the columns: for the first time since Sunday you walk out to work. The holes in the walls are still holes, a warder by each one with his hands behind him. # place: guardhouse # note: return_to_work #id:j.jday05.d6f6
# clear
{j_third_night:
- "come": Two bunks along, Mykola's blanket lies folded square; the hospital has him. You know whose words sent him into the yard that night: yours, or the ones you left out. #id:j.jday05.823c
- "send": Mykola walks three ranks ahead of you, whole. His sister sent him home on Tuesday night, and he went. He has thanked you twice, gruffly, without saying what for. #id:j.jday05.9283
- "go": Mykola walks three ranks ahead of you. His sister was cut on Tuesday night behind the bakery step, with you there. He has not said one word to you about it since. #id:j.jday05.85d2
- else: Mykola walks three ranks ahead of you, whistling through his teeth. He has been whistling since Sunday. No one in the column has asked him to stop, and you find you are keeping step to it. #id:j.jday05.fd6b
}
-> plant

= plant
~ time_of_day = "day"
# clear
At the ore plant, at ten, the foreman beckons you into his hut with one finger. His wireless is dead again. # place: ore_plant # note: steplag_labour #id:j.jday05.eed9
{j_bread:
- "rimas": Last time it paid a loaf, and Rimas ate most of it. #id:j.jday05.9ed5
- "valves": Last time you took your pay in glass instead of bread. #id:j.jday05.8663
- "kept": Last time the bread went into you, all of it, and kept you on your feet. #id:j.jday05.91b3
- else: He pays in bread, when he pays. #id:j.jday05.dbfd
}
# clear
A loose lead, and a valve gone grey inside. You swap it for the spare in his drawer, and the set warms and finds Moscow: sowing in the Kuban, a steel plan beaten ahead of time. Nothing about a camp at Kengir. "You see?" the foreman says. "You don't exist." #id:j.jday05.f6e1
# clear
He goes out to shout at a lorry. In the open drawer lies a second spare: an output valve, the kind that drives a loudspeaker. It would fit in the hem of your cap, and the evening search is quick. #id:j.jday05.c5ae
* [Put the valve in your cap # place: ore_plant #id:j.jday05.3cd9]
    ~ j_valve = true
    It goes into the hem and rides on your head all afternoon like a stone. At the guardhouse the warder's hands go down your sides, flick your cap once, and move on. You walk into the zone with glass in your hat and your knees like water. #id:j.jday05.4e84
* [Leave it. Take the bread and go. #id:j.jday05.a125]
    You close the drawer with your knee. The foreman gives you a heel of bread for the set. At the guardhouse the warder finds nothing on you, because there is nothing. You are almost sorry. #id:j.jday05.5e80
- -> j_day_06

// ---------------------------------------------------------------- Friday 21 May
=== j_day_06 ===
~ day = 6
~ time_of_day = "day"
~ weather = "heat"
~ walls = "breached"
# clear
Friday, 21 May. Heat by ten. Men lie on their bunks and talk about Sunday. Sunday, they say, the gates. No one says who told them. # place: barrack_jonas #id:j.jday06.4242
{j_valve: Under your mattress, in a sock, the foreman's valve. You have checked it twice.|} #id:j.jday06.0b03
-> rimas

= rimas
~ time_of_day = "evening"
# clear
Rimas comes in last from the construction site, grey to the knees, with a heel of bread from somewhere. #id:j.jday06.39f3
{j_bread:
- "rimas": He has not forgotten the foreman's loaf. He breaks the heel in two and gives you the bigger half. "Now we're even." You aren't: a loaf is more than a heel. You don't say so. # speaker: rimas #id:j.jday06.e1fc
- "valves": He has not forgotten that you turned the foreman's bread into glass. "Can you eat a lamp?" he asks, not for the first time, and eats his heel slowly in front of you. The last bite he gives you anyway. # speaker: rimas #id:j.jday06.e55c
- "kept": He has not forgotten that you ate the foreman's bread yourself, all of it. He eats his heel with his back to you. Then he turns round. He is nineteen and cannot keep a grudge past supper. #id:j.jday06.e35c
- else: He breaks it in two without asking whether you want it, and you eat it sitting side by side, the way his family ate in the fields near Šiauliai, he says, before there were no fields. #id:j.jday06.7154
}
# clear
Then he lifts his trouser leg. Strapped to his shin with a bootlace is an iron rod from the building site, one end rubbed bright on a stone. "For when they come," he says. "The young ones get searched first. No warder turns over a radio mechanic's mattress." # place: barrack_jonas # speaker: rimas #id:j.jday06.af5b
{j_valve: "You keep glass in there," he adds. "I know. Glass and iron, then."|} # speaker: rimas #id:j.jday06.27b8
* [Hide it in your mattress #id:j.jday06.e940]
    ~ bond_up(bond_rimas)
    ~ j_iron = "hid"
    You take it. It is warm from his leg. You push it into the straw along the edge of the board, where your hip will lie on it all night. Rimas grins and slaps your shoulder, once, hard. "Brother," he says in Lithuanian, and goes to wash. #id:j.jday06.99fb
* [Tell him to drop it down the latrine #id:j.jday06.e81a]
    ~ bond_down(bond_rimas)
    ~ j_iron = "threw"
    "When they come, they'll have machine guns. Drop it down the latrine." He goes out with it, and comes back with empty hands and a face shut like a door. #id:j.jday06.2802
* [Tell him: keep your iron yourself #id:j.jday06.44a4]
    ~ j_iron = "his"
    "Your iron, your mattress." He shrugs, and straps it back on, and you lie awake listening to him turn over on it. It is his sentence, you tell yourself, his choice. It doesn't sound as fair in the dark as it did aloud. #id:j.jday06.d1df
- -> j_day_07

// ---------------------------------------------------------------- Saturday 22 May
// A day in three beats: the paper at dawn, the plant at noon, the answer at night (C1d).
=== j_day_07 ===
~ day = 7
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
Saturday, 22 May. The gates, everyone says, will be cut tomorrow. Before the rail you sit on your bunk with a scrap of cement sack and a stub of pencil, and think about a girl you have only ever spoken to at a wall, in the dark. # place: barrack_jonas # crossing: c1d #id:j.jday07.813d
{j_iron:
- "hid": Above you Rimas sleeps like a stone. His iron sleeps under you. #id:j.jday07.b54a
- "threw": Above you Rimas sleeps turned to the wall, on purpose, even asleep. #id:j.jday07.c66f
- else: Above you Rimas sleeps on his iron with his mouth open. #id:j.jday07.9bd6
}
# clear
Old Petro from the shoe workshop walks to the service yard every morning, where the women come for thread. He hears you out without looking up from his bootlaces. "A paper is small," he says. "The search is not always careful. What shall I say?" # speaker: petro #id:j.jday07.a826
# clear
You tell him. He says it back to you once, to have it right: "The Lithuanian. Vaitkus. He asks: will you be at the gate?" # fact: c1d.gate # speaker: petro #id:j.jday07.4579
He holds out his hand for the paper. It is still blank: your Russian is good enough for a wireless, not for this. #id:j.jday07.87f7
{j_valve: "Glass in your cap on Thursday," Petro says, "paper in mine today. You are getting a taste for it."|} # speaker: petro #id:j.jday07.f70d
* [Write it out in Russian, and sign it #id:j.jday07.63ce]
    ~ j_gate_paper = "signed"
    You print it in capitals, the way the Russian teacher made you at school in Kaunas: WILL YOU BE AT THE GATE. Then your name, both halves. A paper with a name is a paper with a name, Petro says, and folds it into his cap anyway. #id:j.jday07.24c1
* [Draw her a gate instead, and let Petro speak #id:j.jday07.5533]
    ~ j_gate_paper = "drawn"
    You draw a wall, and a gate in it, standing open, and the sun coming up behind. No word, no name. Petro looks at it, and for the first time this morning smiles. "She'll understand that," he says. "So would a warder." # speaker: petro #id:j.jday07.4079
- -> noon

= noon
~ time_of_day = "day"
# clear
At the plant the crusher eats stone all morning, and you count the hours by the conveyor's shadow. Noon: Petro is at the workshop door. One: she knows. At two the foreman shouts at a lorry, and you laugh out loud at nothing. # place: ore_plant #id:j.jday07.75fd
{j_iron:
- "threw": Rimas went off to his building site without a word to you. #id:j.jday07.5807
- "hid": Rimas went off to his building site whistling. #id:j.jday07.8c34
- else: Rimas went off to his building site with the rod on his shin, limping a little for it. #id:j.jday07.9fdc
} #id:j.jday07.fc65
-> answer

= answer
~ time_of_day = "evening"
# clear
Petro is sitting on your barrack step when the column comes in, his cap on his knee. He makes you wait while he takes out his empty pipe. Then he tells you her answer, in her words. # place: barrack_jonas #id:j.jday07.cc3d
# clear
{
- bond_halyna >= 1:
    ~ bond_up(bond_halyna)
    ~ j_gate_answer = "jonas"
    "She says: 'I will be there.'" Four words. You make him say them again, and a third time, until he puts his cap back on and says an old man needs his supper. # speaker: petro #id:j.jday07.9bce
    {j_gate_paper == "drawn": "She looked at your gate a long time," Petro adds, and will say no more.|"She read your capitals twice," Petro adds, and will say no more.} #id:j.jday07.48a8
- else:
    ~ j_gate_answer = "brother"
    "She says: 'Tell my brother I will be there.'" Petro watches your face. "Her brother first," he says. "A careful girl. In the forest they'd have called that sense." # speaker: petro #id:j.jday07.a28f
    {j_third_night == "come": So the message is for a man in a hospital bed; Petro will take it round tomorrow.|So you walk two bunks along and tell Mykola, who grunts, and looks at you longer than he needs to.} #id:j.jday07.95e4
}
# clear
That night you lay out tomorrow the way you lay out a repair: the column back at six, the wall, a gap with a frame in it, a girl at the far side of it. {j_gate_answer == "jonas": You go to sleep smiling into the boards.|You go to sleep telling yourself a brother is a good beginning.} # place: barrack_jonas #id:j.jday07.2745
-> j_day_08

// ---------------------------------------------------------------- Sunday 23 May
=== j_day_08 ===
~ day = 8
~ time_of_day = "day"
~ weather = "dust"
~ walls = "rebuilt"
# clear
Sunday, 23 May. Not a rest day after all: the plan is behind. By the guardhouse the thieves sit on their bundles in the dust under guard, dozens, then more: a transport, the column says, four hundred, more. # place: guardhouse # note: may23_walls_rebuilt #id:j.jday08.01b5
{j_gate_answer == "jonas": I will be there, you say to yourself at the guardhouse, and feel foolish, and say it again.|Tell my brother, you think at the guardhouse, and try not to mind.} #id:j.jday08.2ef6
-> wall

= wall
~ time_of_day = "evening"
# clear
At six the column comes back. Where the gate was promised there is wall: new saman, dark with wet, the straw in it bright as hair. It is neat work. # place: wall_yard_l2 #id:j.jday08.512a
{j_gate_paper == "drawn": Yesterday you drew a gate in a wall. Here is the wall without it.|Yesterday you printed WILL YOU BE AT THE GATE. Here is the answer, in saman.} #id:j.jday08.86e5
# clear
The column stops without an order. Somebody laughs, once, the wrong way. Rimas walks out of the ranks and puts his fist against the new bricks, and leaves a dent. The convoy shouts; the column moves. {j_gate_answer == "jonas": Somewhere beyond that wall a girl is standing where she said she would be.|Somewhere beyond that wall a careful girl is not surprised.} #id:j.jday08.2f3d
-> lock

= lock
~ time_of_day = "night"
# clear
In the barrack the lock turns. No one lies down. Through the planks comes the whole lagpunkt, talking at once behind locked doors. # place: barrack_jonas #id:j.jday08.646b
{j_iron:
- "hid": Rimas comes straight to your bunk. "My iron." You give it to him out of the straw. # speaker: rimas #id:j.jday08.b7e7
- "his": Rimas unstraps the rod from his shin and holds it up for the barrack to see. #id:j.jday08.806d
- "threw": Rimas has no iron: it is in the latrine, because of you. He has a bunk plank instead. #id:j.jday08.c595
- else: Rimas has found a length of bunk plank from somewhere. #id:j.jday08.ec48
}
# clear
He and four boys have the long beam of the bunk frame half out already. "Tonight," Rimas says. "Through the door, and the wall after." Across the aisle Ostap Hnatyuk sits up; he spends words the way other men spend bread. # place: barrack_jonas # speaker: rimas #id:j.jday08.1b91
# clear
"Through the door," Ostap says, "into the searchlight, with the towers awake. Six boys and a stick. Tomorrow, when they open the door, all of us, every barrack at once. Wait for the word." {j_third_night == "come": Mykola's bunk is empty. He would say the same, you think.|Behind him Mykola nods, slowly.} # speaker: ostap #id:j.jday08.86b1
# clear
Rimas looks at you. So do the boys on the beam: you are older, and you read. #id:j.jday08.aedf
{j_stone:
- "pulled": On Sunday you pulled him off a roof by his belt. He looks at your hands now, to see if they will do it again. #id:j.jday08.2fd2
- "threw": On Sunday you threw beside him. He holds out the end of the beam to you. Of course he does. #id:j.jday08.a1dc
- "inside": On Sunday you went inside and shut the door. He looks at the beam, not at you, and waits to see which you are tonight. #id:j.jday08.98cd
- else: Then at the beam, then at you again. #id:j.jday08.4013
}
* [Put your hands on the beam with Rimas # history: may23_anger #id:j.jday08.ce0d]
    ~ j_anger_up()
    ~ j_may23 = "beam"
    You take the end. It takes half the night, a nail at a time, with a knife and your fingers. Ostap watches, says nothing more, and at last lies down. By the small hours the beam lies ready by the door. #id:j.jday08.4621
* [Wait for Ostap's word # history: may23_anger #id:j.jday08.835f]
    ~ j_may23 = "waited"
    "Tomorrow," you say. "All of us." Rimas spits on the floor between your boots and goes on without you. Ostap catches your eye across the aisle and nods once. It is the only reward there is tonight. #id:j.jday08.4ca4
* [Lie down. Keep your hands for wires. # history: may23_anger #id:j.jday08.3ee4]
    ~ j_may23 = "lay"
    You lie down with your face to the wall. Your hands are for solder, not for beams. Behind you the knife works at the nails all night, and Rimas does not say your name once. #id:j.jday08.cd2d
- 
# clear
Towards dawn it drops to a murmur, the sound a crowd makes when it has made up its mind. You know it: a school sounds like that the morning after the police have taken a class away. # discuss: j_wait_or_break #id:j.jday08.a155
{j_may23:
- "beam": Your fingertips are raw from the nails. Rimas is asleep against the beam with his arms round it. #id:j.jday08.9772
- "waited": You have not slept. Neither has Ostap; you can see his eyes open in the dark. #id:j.jday08.36df
- else: You have not slept either. Behind you the boys are asleep on the floor round the beam. #id:j.jday08.15e7
}
-> j_day_09

// ---------------------------------------------------------------- Monday 24 May
=== j_day_09 ===
~ day = 9
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
# clear
Monday, 24 May. The warder unlocks at the usual hour and goes away again, faster than usual. {j_may23 == "beam": The beam is on your shoulder before his boots are off the step, you at the front, Rimas behind you, seven men after.|{j_may23 == "waited": Ostap stands up and says one word, "Now," and the beam goes out past you on nine shoulders. You go after it with your bare hands.|You hear the beam go out past your bunk. You lie there for as long as you can bear it, which is not long.}} # place: barrack_jonas #id:j.jday09.7fc8
-> breaking

= breaking
# clear
The new wall is barely dry. The first blow makes a dent, the second a crack, the third puts the beam through into daylight, and the wall comes down in a slither of wet saman and straw. No shot comes. # place: wall_yard_l2 # note: may24_zones_united #id:j.jday09.d309
{j_may23 == "beam": You feel every blow in your teeth.|You feel every blow through the soles of your boots.} #id:j.jday09.18dc
# clear
The wall of the 2nd goes, then the service yard's. {j_may23 == "beam": Your shoulder is raw through your shirt.|Your hands are grey to the wrist from carrying bricks out of the way.} {j_iron == "hid" || j_iron == "his": Rimas has his rod through his belt and never takes it out; there is nothing to use it on.} By the time the sun clears the towers the zones are one yard of dust and people, shouting names. #id:j.jday09.1799
-> meeting

= meeting
~ time_of_day = "day"
# clear
At the broken wall of the 2nd lagpunkt you see her, going from face to face in the crowd, calling her brother's name. Dust in her hair. You call hers. "Halyna." She turns. # place: wall_yard_l2 # crossing: c1e #id:j.jday09.d4d0
{
- j_gate_answer == "jonas":
    "You said you would be at the gate," you say. "There was no gate. So we made one." # fact: c1e.gate.gate #id:j.jday09.8534
    {j_gate_paper == "drawn": It is the gate you drew, more or less: a hole in a wall, and the sun coming up.|You signed your name to a question, and here is your answer, standing in the rubble.} #id:j.jday09.21e9
- bond_halyna >= 2:
    You take both her hands, then let them go again, remembering where you are. # fact: c1e.gate.other #id:j.jday09.7468
- else:
    You nod, a little formal. "Your brother had your message," you say. # fact: c1e.gate.other #id:j.jday09.23c4
    {j_gate_paper == "drawn": On Saturday you drew her a gate. You do not mention it now.|On Saturday you put your name in capitals on a paper for her. You do not mention it now.} #id:j.jday09.d23d
}
# clear
{
- j_third_night == "come":
    "Mykola is in the hospital. I will take you." #id:j.jday09.2af9
    You walk her there through the crowd. You do not go in. You sit on the step with your raw hands between your knees until she comes out. # place: hospital #id:j.jday09.98c3
- else:
    "Mykola has been at the walls since dawn," you say. "Come." #id:j.jday09.6190
    You walk her through the crowd to your barrack, and at the door you stop, and let her go in to him alone. Through the doorway you see him stand up off the bunk. # place: mykola_barrack #id:j.jday09.a816
}
# clear
The afternoon goes by in the open air; an old man from your barrack stands in the service yard, turning round and round. At dusk Rimas finds you. "They're putting pickets on the roof. Come up." {j_gate_answer == "jonas": And she is still here, on the step, waiting to be walked home.|And she is still here, on the step.} # speaker: rimas #id:j.jday09.4eb7
* [Walk Halyna back to the women's zone # place: women_barrack #id:j.jday09.85d4]
    ~ bond_up(bond_halyna)
    ~ j_may24 = "walked"
    "Later," you tell Rimas. He grins, and goes. You walk her back through the broken walls the long way, round by the bakery, and neither of you says much, and it doesn't matter. #id:j.jday09.51a7
* [Go up on the roof with Rimas # place: roof_l3 #id:j.jday09.76f1]
    ~ bond_up(bond_rimas)
    ~ j_may24 = "roof"
    "Rimas needs me," you tell her, which is half true, and you go. From the roof the whole camp is one place for the first time, and the towers are only towers. #id:j.jday09.75b4
-
-> night

= night
~ time_of_day = "night"
# clear
That night no warder comes to lock any door. # place: lagpunkt_3 #id:j.jday09.1e4d
{
- j_may24 == "walked" && bond_halyna >= 2:
    You sit on the women's porch steps, one step below her, not touching, close enough to feel the warmth of her shoulder. Someone plays the same tune on an accordion again and again. # place: women_barrack #id:j.jday09.8409
- j_may24 == "walked":
    She sits with the women at the top of the porch steps, you with the men at the bottom. An accordion plays the same tune again and again. Once she passes a cup of water down, and it comes to you. # place: women_barrack #id:j.jday09.727a
- else:
    On the roof you and Rimas lie on your stomachs and watch the towers watching you. An accordion plays in the women's zone, the same tune again and again, until Rimas falls asleep humming it. # place: roof_l3 #id:j.jday09.66fd
}
-> j_day_10

// ---------------------------------------------------------------- Tuesday 25 May
=== j_day_10 ===
~ day = 10
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
# clear
Tuesday, 25 May. At the usual hour a voice at the guardhouse calls the brigades out, thin and far away. No one goes. By the MVD's own report to Moscow, more than four thousand prisoners refuse work today, and the report calls them calm. # place: guardhouse # note: mvd_report_may26 #id:j.jday10.8f95
{j_may24 == "walked": You slept four hours; the accordion is still going round in your head.|You came down off the roof at first light, and Rimas is still up there.} #id:j.jday10.bf39
-> adomas

= adomas
# clear
Except old Adomas. He is sixty, from near Panevėžys, one of the few here with ten years, not twenty-five, and only one of them left. He laces his boots with shaking fingers. "A man who refuses work gets years added," he says to the floor. "I have one year. One." # place: barrack_jonas # cn: fear # note: coercion_inside # speaker: adomas #id:j.jday10.1eb1
# clear
Rimas and two boys stand in the doorway, not touching him, the way boys stand in a village lane. {j_may23 == "lay": Rimas glances back at you: you who lay on your bunk while they worked the beam. Whose side are you on this morning?|Rimas glances back at you, sure of you.} Adomas stands up with his cap in his hands. #id:j.jday10.9f5c
* [Step aside, and make room for him #id:j.jday10.54dc]
    ~ j_adomas = "aside"
    "Let him through." Rimas stares, and moves. Adomas walks out alone, down the empty lagpunkt to the guardhouse, and stands a long time in front of the shut gate. Then he walks back, and sits on his bunk, and does not look at anyone. # place: guardhouse #id:j.jday10.dd2b
* [Stand in the doorway with Rimas #id:j.jday10.d682]
    ~ j_adomas = "door"
    You stand beside Rimas. No one lays a hand on anyone. Adomas looks at the three of you, at you longest, and sits down again with his cap in his lap. "So," he says in Lithuanian. "So that is what we are now." # speaker: adomas #id:j.jday10.eee2
* [Walk him to the guardhouse and back #id:j.jday10.b4b3]
    ~ j_adomas = "walked"
    "I'll walk with you." Rimas says something ugly under his breath. You go with the old man down the empty lagpunkt, all the way to the guardhouse, where no one calls anyone and no gate opens. He looks at it for a long time. "Well," he says. "Home, then." You walk him back. # place: guardhouse # speaker: adomas #id:j.jday10.8099
- 
# clear
All day the zone sits in the sun with nowhere to be, and it is stranger than any work. Someone in the next barrack is teaching someone else English, one word at a time. # place: barrack_jonas #id:j.jday10.0b3f
{j_adomas:
- "door": Adomas does not say a word to you until night. #id:j.jday10.3b8e
- "walked": Adomas sleeps with his boots on, and once, half awake, says thank you to the ceiling. #id:j.jday10.a87b
- else: Adomas sleeps with his boots on, facing the wall. #id:j.jday10.3c7c
}
-> j_day_11

// ---------------------------------------------------------------- Wednesday 26 May
=== j_day_11 ===
~ day = 11
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
# clear
Wednesday, 26 May. In the night the broken walls began to move: men carry the saman in barrows and blankets to the guardhouses and stack it chest high, barricades before every gate where troops could come in. # place: barricade_l3 # note: defence_pickets #id:j.jday11.7deb
{j_may24 == "roof": From the roof you watched the first barrows go by in the dark.|} #id:j.jday11.5492
-> departments

= departments
# clear
By noon the word comes round: the commission is dividing the work into departments, like an army. Leaflets. Defence. Order and security. Supplies. And a technical department, which needs anyone who knows which end of a soldering iron is hot. # place: lagpunkt_3 # note: commission_departments #id:j.jday11.544d
{j_iron:
- "threw": Rimas says the defence department will find him iron, since you would not. #id:j.jday11.8ddd
- "hid": Rimas says the defence department will want his iron, and yours if you had any. #id:j.jday11.b67a
- else: Rimas says the defence department will want men like him, and touches his shin. #id:j.jday11.a5b6
}
# clear
Stasys Girdauskas comes for you himself, a big slow man who wired power stations before the war. "They tell me you can solder. In the service yard there are two film projectors that belong to no one now. Come and look." # place: workshops_khozdvor # note: loudspeakers_radio # speaker: stasys #id:j.jday11.6dad
# clear
The workshop smells of cold flux and mice. Stasys lifts the tarpaulin off the projectors like a sheet off a horse. {j_valve: You put the foreman's valve on his bench. He holds it to the light. "Where did this come from?" "A foreman's drawer." He almost smiles.|He names each part as he touches it. The amplifiers, he says, are the interesting part.} # place: workshops_khozdvor #id:j.jday11.e958
# clear
"The bench is yours, every day," Stasys says. "What you do with your nights is your business." # place: workshops_khozdvor # speaker: stasys #id:j.jday11.b885
{j_may23:
- "beam": "They also tell me you carried a beam on Monday," he says. "Good. Now carry something lighter." #id:j.jday11.f654
- "lay": "They tell me you stayed on your bunk on Sunday night," he says. "Good. Hands like yours are not for beams." #id:j.jday11.e893
- else: "They tell me you wait for the word," he says. "Good. So do wires." #id:j.jday11.4c1e
}
He puts a screwdriver in your hand. #id:j.jday11.914e
# clear
Ostap is drawing up the barrack's defence brigade, a man for each window at night, and Rimas has already put his name down. # place: barrack_jonas # note: defence_pickets #id:j.jday11.fc24
{j_adomas:
- "door": Adomas, on his bunk, will not look at the list, or at you. #id:j.jday11.955b
- "walked": Adomas, who walked to the gate and back with you yesterday, asks Stasys if the technical men need anyone to sort screws. #id:j.jday11.c5f4
- "aside": Adomas, who stood alone at the gate yesterday, watches the list go round and says nothing at all. #id:j.jday11.e72c
- else: Adomas asks Stasys if the technical men need anyone to sort screws. #id:j.jday11.fe97
}
# clear
By the service-yard wall a Chechen called Aslan is splitting laths for a kite. The leaflet men will want more paper than the camp has, he says, and paper that flies is worth two that sit on a wall. # place: service_yard # note: kites_leaflets #id:j.jday11.e920
Three doors, and a bench behind all of them. What do you give the hours the bench does not take? # discuss: j_what_revolt_needs #id:j.jday11.d2ed
* [Only the bench: learn everything Stasys knows # history: role_choice # place: workshops_khozdvor #id:j.jday11.e35e]
    ~ j_duty = "bench"
    "Only the bench," you say. Stasys nods. By evening you have the first amplifier in pieces on a sack, every piece in a row. He comes and looks, moves two, and goes away without a word. #id:j.jday11.cf83
* [Ostap's brigade at night: a window to hold # history: role_choice # place: barrack_jonas #id:j.jday11.7612]
    ~ j_duty = "brigade"
    You write your name under Rimas's on Ostap's list. Ostap reads it twice. "Bench by day, window by night. You'll be tired. Good." Your window is the second on the left. That night you find out how cold it is at three in the morning. #id:j.jday11.f361
* [Aslan's kites: paper that goes over the wire # history: role_choice # place: roof_l3 #id:j.jday11.0e2e]
    ~ j_duty = "kites"
    You squat down by Aslan. He shows you the laths, the string, the joints he binds with thread. "You are the radio boy," he says. "Radio needs a wire. A kite needs only wind, and here there is always wind." By evening you have cut your thumb twice. # speaker: aslan #id:j.jday11.e81f
- -> j_day_12

// ---------------------------------------------------------------- Thursday 27 May
=== j_day_12 ===
~ day = 12
~ time_of_day = "evening"
~ weather = "clear"
~ walls = "open"
~ defences = true
# clear
Thursday, 27 May. Towards six the word stops being a word: a new commission from Moscow, higher than the last, is coming into the zone, to a dining hall, to hear the prisoners. # place: meeting_hall # crossing: c2 #id:j.jday12.e5bc
# clear
{j_duty:
- "brigade": Ostap puts you and Rimas on the picket outside the dining hall, arms out, keeping a path clear from the guardhouse to the door. #id:j.jday12.0f58
- "kites": Aslan comes with you, glue on his hands. The dining hall is full to the doors and the crowd outside thirty deep. You find a place under the third window. #id:j.jday12.63c6
- else: Stasys stays at the bench. "Tell me after," he says. The dining hall is full to the doors and the crowd outside thirty deep. You find a place under the third window. #id:j.jday12.0302
} #id:j.jday12.7047
-> arrival

= arrival
# clear
At twenty-five past six they come through the guardhouse: three men in front, officers behind them in a tight knot. Generals' shoulder boards, gold in the dust. You know none of their faces. Later the names go round: Yegorov, a deputy minister; Dolgikh, head of the camps; Vavilov of the Procuracy. # place: guardhouse # note: may27_demands # fact: c2.arrival #id:j.jday12.5098
# clear
Men press in from every side to tell them things: a sentence, a wife in exile, a brother shot on the eighteenth. By the dining-hall door two of the thieves the transport missed push them back, not roughly. "Don't talk to them," one says. "The commission talks for all of us. Only the commission." # place: meeting_hall # fact: c2.thieves #id:j.jday12.ed3b
{j_duty == "brigade": You are close enough to hear it.|You hear it passed back through the crowd.} #id:j.jday12.f592
# clear
The hall swallows the generals: about two thousand men, people say afterwards, on the benches, on the tables, in the windows. #id:j.jday12.a885
On a board by the door someone has painted, in careful letters: WE ARE FOR SOVIET LAWS BUT AGAINST THOSE WHO DISTORT THEM. You read it three times. In Kaunas you went to prison for less careful letters. # fact: c2.slogan #id:j.jday12.95af
-> windows

= windows
# clear
A man in the nearest window turns his head and calls out over the crowd: "Kuznetsov is up. He's reading." Then the words come out of the windows, mouth to mouth, a line at a time, Russian, then Ukrainian, then your own language from a man somewhere behind you. # note: kuznetsov # fact: c2.reading #id:j.jday12.a86e
# clear
First, the window says, an investigation of the shooting, and punishment for those responsible. Then no reprisals against the commission. Third, shorter terms for those serving twenty-five years. # note: may27_demands #id:j.jday12.b30a
At the third the crowd goes still: half of it has twenty-five. #id:j.jday12.8203
{j_adomas:
- "door": Behind you old Adomas, with his ten, says nothing. #id:j.jday12.6696
- "walked": Old Adomas, beside you, counts his ten on his fingers. #id:j.jday12.3fa2
- "aside": Old Adomas, alone at the gate on Tuesday, takes his cap off. #id:j.jday12.6d0c
}
# clear
Then the families, the cases under Article 58, exile, pay for work. Eighth, free contact with the women: the zones joined for good. # note: may27_demands #id:j.jday12.4eaa
{j_may24 == "walked": At the eighth you think of a porch step, and somebody's elbow finds your ribs.|At the eighth Rimas's elbow finds your ribs across three men.} #id:j.jday12.ce14
# clear
Then the punishment cell, remission for the women, and last, eleventh, a member of the Party Presidium or a secretary of the Central Committee to come here, to Kengir, and hear it all. # note: may27_demands #id:j.jday12.3a05
"They won't," says the man beside you. {j_duty == "kites": Aslan, at your shoulder, says they might.|} #id:j.jday12.d8b8
-> clerk

= clerk
# clear
Then a man at the window passes a sheet of paper out to the front rows, so the crowd has the words exact: a clean, upright hand, every letter separate. #id:j.jday12.69a2
# clear
{j_gate_paper == "drawn": On Saturday you drew a gate because your Russian would not do.|On Saturday you printed capitals for a girl.} This hand makes yours look like a schoolboy's. #id:j.jday12.b79e
Inside, the generals answer. The noise of the hall covers it; afterwards there are twenty versions. # discuss: demands_moderate #id:j.jday12.1974
-> walk_home

= walk_home
~ time_of_day = "night"
# clear
Walking back past the barricades, Rimas falls in beside you. {j_duty == "brigade": He was on the picket too.|He was at the back of the crowd and heard almost nothing.} "What did they ask for? Not all eleven. The one that matters." # place: lagpunkt_3 # speaker: rimas #id:j.jday12.9c07
{j_may24 == "roof": He asks you because he trusts your ears.|{j_adomas == "door": He asks you because you stood in the door with him.|He asks you because you read.}} #id:j.jday12.7f85
* [The first: the shooting investigated, the guilty punished #id:j.jday12.a33f]
    ~ j_demand = "shootings"
    "The first. The shooting: an investigation, and punishment for the ones who did it." Rimas walks a long way without speaking. "Punishment," he says at last. "From them, for them. We'll see who punishes whom." You wish you had chosen another. # speaker: rimas #id:j.jday12.ffbe
* [The third: shorter terms for twenty-five years #id:j.jday12.e8c7]
    ~ j_demand = "sentences"
    "The third. Shorter terms for those with twenty-five." Rimas does the sum aloud: arrested at sixteen, out at forty-one. Less, now, perhaps. "Say it again," he says, and repeats it after you under his breath, the way his mother must have taught him prayers. #id:j.jday12.cc58
* [The eighth: the zones one, for good #id:j.jday12.3108]
    ~ j_demand = "women"
    "The eighth. Free contact with the women. No more walls." Rimas laughs out loud in the dark. "That's the one they'll give us, because it costs them nothing." Then, quieter: "My sister is in Karaganda. Still. It's a good one." # speaker: rimas #id:j.jday12.5e24
-
# clear
You lie on your bunk in a barrack with no lock on its door. {j_duty == "brigade": In three hours your window is yours.|Outside a picket sings under his breath against sleep.} You say the demand over once more, in Lithuanian. {bond_halyna >= 2: Somewhere in the women's zone she is lying awake too; you would bet {j_valve: the foreman's valve|your bread} on it.|It sounds a little truer.} # place: barrack_jonas #id:j.jday12.4473
-> j_day_13
