// Jonas, Act V "Dawn": j_day_42 (Saturday 26 June 1954), his six endings, his end page and his
// own epilogue (writer j6). Brief: docs/briefs/jonas-arc.md §3-§5 and crossings.md C5.
// History: fact base §6 and §3.3, §5.3-5.4, §5.8-5.9; addendum §1, §3, §7, §8, §14; addendum 2
// §1.9 (03:30, before dawn; the sky pales about four). Restraint in every sentence; numbers only
// with who gives them. Shared facts of the morning (C5) carry `# fact: c5.*` tags.
//
// How the ending is decided (each reason is named on the page that follows):
//   where he is at 03:30 (`position`, set by day 41) gives the one choice of the morning;
//   walking out when the loudspeakers say so (j_anger <= 1, or at the pole, where he hears it first) -> walked_out;
//   standing on the barricade, throwing from the roof, going out with the barrack (j_anger 3) -> killed;
//   going out for Rimas or for a hurt picket -> wounded, or killed if health <= 2;
//   sitting down / lying flat (Stasys's promise kept or not) -> the steppe and the selection:
//     marked = j_loud + 1 if j_list + 1 if j_sworn and found in the rooms or at the pole
//              + 2 if caught at the barricade: 3+ arrested, 2 transferred, else stayed.
// Structural reads: position, j_anger (0-1 | 2 | 3), health (<= 2), and the marked score
// (j_loud, j_list, j_sworn). j_promise, bond_*, j_carried, j_bread, j_board, j_kite_words,
// j_third_night, j_proposal only vary the text. The prisoners' loudspeaker stays silent from
// midnight on every branch (C5): Stasys switched it off; at 03:30 the line is dead (fiction:
// how the prisoners' current worked is not known, addendum §3).

// ---------------------------------------------------------------- Saturday 26 June
=== j_day_42 ===
~ day = 42
~ time_of_day = "night"
~ weather = "clear"
~ tanks = "inside"
~ hunger = false
# clear
{ position:
- "barricade":
    Saturday, 26 June 1954, three in the morning. You sit behind the saman of the barricade before the 3rd lagpunkt's guardhouse, your back to the bricks, a cold cup between your hands. Ostap walks the line and touches each man's shoulder as he passes, counting without numbers. It is still dark: in June the sky here pales at about four. # place: barricade_l3 # crossing: c5 #id:j.jday42.dd11
- "tech_rooms":
    Saturday, 26 June 1954, three in the morning. Behind the door with the skull and the 100,000 VOLTS the rooms smell of rosin and of hot dust gone cold. Stasys sleeps sitting up on his stool, his hands folded on the bench. It is still dark: in June the sky here pales at about four. # place: tech_rooms # crossing: c5 #id:j.jday42.6427
- "roof":
    Saturday, 26 June 1954, three in the morning. You lie on the roof of the barrack beside Aslan, on tarred boards that still hold a little of yesterday's heat. There is no paper left for kites. He has brought the string anyway, wound on a stick, and turns it in his fingers. It is still dark: in June the sky here pales at about four. # place: roof_l3 # crossing: c5 #id:j.jday42.1ebc
- "pole":
    Saturday, 26 June 1954, three in the morning. You sit at the foot of a loudspeaker pole with your back against the wood, the line to the rooms running up past your ear into the dark. It is still dark: in June the sky here pales at about four. # place: loudspeaker_pole # crossing: c5 #id:j.jday42.c3ae
- else:
    Saturday, 26 June 1954, three in the morning. You lie on the boards of your barrack with your boots on, as half the 3rd lagpunkt does now. Rimas's bunk is above yours; you can hear him not sleeping. Two bunks away Mykola lies on his back with his eyes open. It is still dark: in June the sky here pales at about four. # place: barrack_jonas # crossing: c5 #id:j.jday42.9d98
}
# clear
{ position:
- "barricade":
    Ostap crouches beside you. "When they come," he says, "they come here first. Every guardhouse has a barricade, and every barricade has men who were told to stay." He does not say which men. {j_list: Your name is on his list, in his square hand. You asked for it to stay there.|Your name is not on his list. You are here anyway.} The prisoners' loudspeaker has been silent since midnight. # fact: c5.silent # speaker: ostap #id:j.jday42.b5fa
- "tech_rooms":
    At midnight Stasys switched off the zone's voice. "The valves have had enough," he said, "and so have we." The prisoners' loudspeaker has been silent since midnight. On the bench the microphone lies wrapped in a towel, like a loaf. # fact: c5.silent # speaker: stasys #id:j.jday42.fa06
- "roof":
    Aslan tells you about the wind at home, which is better than this wind, and his mother's bread, which is better than any bread. The prisoners' loudspeaker has been silent since midnight, and without it the zone sounds smaller. # fact: c5.silent #id:j.jday42.331d
- "pole":
    At midnight a boy came running along the line from the rooms with Stasys's word: switch off, save the valves. You pulled the plug yourself. The prisoners' loudspeaker has been silent since midnight, and the silence up this pole is yours. The wire ticks as it cools. # fact: c5.silent #id:j.jday42.b4b2
- else:
    Rimas turns over, and over. {bond_rimas >= 4: "Jonas," he whispers, "are you asleep?" You say no. He says nothing else, and neither do you, and that is a kind of talking.|{bond_rimas <= 1: He has not spoken to you all week. Under his mattress, wrapped in a sack, is something long and iron; you both know it is there.|He whispers a joke about the soup, to no one, and laughs at it himself, and then stops laughing.}} The prisoners' loudspeaker has been silent since midnight. # fact: c5.silent #id:j.jday42.47b8
}
# clear
You count your people, the way you count valves at the bench: what is in its place, what is missing. Rimas first. Nineteen, from near Šiauliai, who fed the Forest Brothers at sixteen and wants iron, not wire. {j_bread == "rimas": You gave him the foreman's bread in May.|He has never had a spare crust in his life.} {j_anger >= 2: You have stood with him more often than not.|You have pulled him back more often than you went with him.} #id:j.jday42.947f
# clear
Ostap at the barricade, calm as a man waiting for a train. Stasys in the rooms behind the sign{bond_stasys >= 4:, who calls you "son" in Lithuanian when no one is listening|, who has never once told you that you did well}. Aslan with his string and no paper. Mykola, {j_third_night == "come": still careful of the leg from May, which you carry too|who trusted you with his sister's name}, two bunks from your own. #id:j.jday42.f732
# clear
{j_proposal == "yes": Halyna, your wife before God and no one else, asleep in the women's zone, or more likely not.|{bond_halyna >= 2: Halyna, in the women's zone, who walked with you once on a Tuesday evening and let you talk about valves.|Halyna, Mykola's sister, whom you met at a wall in May and have hardly spoken to since, and count anyway.}} {j_carried == "mykola_paper": Mykola's paper is folded in your boot. You have never read it.|{j_carried == "letter": Your letter to your mother is inside your shirt, in pencil, with nothing in it a censor could want.|{j_carried == "schematic": In your pocket, folded small, is the drawing: every wire of the zone's voice, in your hand.|{bond_halyna >= 4: Your letter to your mother is in the women's zone, inside her shirt.|Your pockets hold a pencil stub, a screw, a crust.}}}} #id:j.jday42.b62f
# clear
You look at your hands in the dark: the burns from the iron, the cuts from wire. {j_duty == "brigade": They have stacked saman and carried stones.|{j_duty == "kites": They have folded paper and tied string.|They have soldered and wound and mended.}} {j_anger >= 2: Lately they have wanted something heavier.|They have never wanted anything heavier.} They have made things that speak. You still do not know whether that was a weapon at all. #id:j.jday42.c0da
# clear
{j_promise: When they come, Stasys said nine days ago, we switch off, we sit down, and we say nothing. Promise me. You promised, and all night you have turned the promise over like a valve that will not light.|When they come, Stasys said nine days ago, we switch off, we sit down, and we say nothing. He asked you to promise, and you did not. He nodded, the way he nods at a reading he expected, and all night you have thought about that nod.} #id:j.jday42.29fc
# clear
At twenty past three a dog barks beyond the wire, and another answers. In the east there is no light yet at all. {j_board: Out before the guardhouse your board leans on its stake: CAUTION! MINED! There is nothing under it. Only the word.|Out before the guardhouse the painted boards lean on their stakes: CAUTION! MINED! There is nothing under them.} #id:j.jday42.5e72
# clear
# cn: violence
# cn: death
# cn: injury
The pages that follow are about an armed assault: shooting, and people killed and hurt, perhaps Jonas among them. You can read the scenes as they happened, or short factual summaries instead. What you choose here holds for the whole morning; the choices after it stay yours. #id:j.jday42.70e5
* [Read the scene #id:j.jday42.edd2]
    -> assault
* [Read a short summary instead #id:j.jday42.d38f]
    -> summary

= assault
# clear
At half past three a loudspeaker starts up beyond the wire. {position == "barricade": Ostap puts his hand flat on your back.}{position == "tech_rooms": Stasys opens his eyes. "Not ours."}{position == "roof": Aslan stops winding.}{position == "pole": You hear it first, before anyone: the click of a live line, a breath, then a voice.}{position == "barrack" || position == "none": Rimas is off his bunk before the first word ends.} #id:j.jday42.f5dc
# clear
# speaker: loudspeaker
# note: assault_june26
Troops and tanks are about to enter the zone, the voice says, to take down the barricades. Those who do not support the disorder will be given a free way out. Everyone else is to stay in the barracks and not resist. It says it again, and again. # document: mvd_appeal_june26 #id:j.jday42.eab7
# clear
Then shots, dry and separate, from the dark beyond the wire: snipers, aiming at the pickets. {position == "barricade": {gentle: The boy at the next gap in the saman is hit and slides down.|The boy at the next gap in the saman jerks and slides down, and does not answer his name.}}{position == "roof": {gentle: On the next roof a picket is hit and rolls out of sight.|On the next roof a picket jerks, rolls, and goes over the edge.}} Flares go up, and the zone turns a hard, false white. #id:j.jday42.689b
# clear
You feel the tanks before you see them, a grinding up through the ground. Five of them, people will say afterwards. Behind them, through the open gates, soldiers in helmets, running, and dogs. {j_board: You think of your board on its stake, and nothing under it going off.|Nothing under the painted boards goes off.} # fact: c5.tanks #id:j.jday42.8b02
# clear
Then the 3rd lagpunkt answers: a roar of men's voices in every language the zone has, and stones on armour like hail on a tin roof. {j_anger >= 2: Part of you roars with it.|It is the loudest sound you have ever heard, and no one wired it.} # place: lagpunkt_3 #id:j.jday42.63cb
-> decide

= summary
# clear
# note: assault_june26
(Summary.) At half past three, before dawn, a loudspeaker beyond the wire announced that troops and tanks were entering, and that those who did not support the revolt would be given a way out. Snipers shot the prisoners' pickets and the gates were opened. Under flares, five T-34 tanks and, by Applebaum's count, at least 1,700 soldiers with dogs came in. # document: mvd_appeal_june26 #id:j.jday42.c7e4
# clear
(Summary.) In the 3rd lagpunkt men fought back with stones and what Solzhenitsyn calls "sulphur" missiles; one barrack counter-attacked twice. By the MVD's count, six barracks were barricaded. Tanks drove onto barrack porches and along walls. {position == "barricade": You are at the barricade with Ostap.}{position == "tech_rooms": You are in the technical rooms with Stasys.}{position == "roof": You are on a barrack roof with Aslan.}{position == "pole": You are at a loudspeaker pole.}{position == "barrack" || position == "none": You are in your barrack, with Rimas and Mykola.} # place: lagpunkt_3 #id:j.jday42.e906
-> decide

= decide
{ position:
- "barricade": -> at_barricade
- "tech_rooms": -> in_rooms
- "roof": -> on_roof
- "pole": -> at_pole
- else: -> in_barrack
}

// ---- The barricade: Ostap, a hurt picket, the list ----

= at_barricade
# clear
# place: barricade_l3
# discuss: j_with_what
The soldiers come at the barricade from both sides of the gate. Ostap is on his knees behind the saman, giving orders in a voice you have never heard him use, quiet and very fast: down, stay down, stones only when they are close. The boy from the next gap lies half in the open, in the white light, and he is moving. #id:j.jday42.5ffb
# clear
Behind you, from between the barracks, a second roar: men running out with whatever they have, straight at the soldiers. {bond_rimas >= 3: You know one voice in it. Rimas.|Somewhere in it, you are sure, is Rimas.} The loudspeaker goes on: leave quietly. {j_promise: You promised Stasys you would sit down. There is nowhere here to sit.|Ostap looks at you once, the look from the day of the list: will you stand?} #id:j.jday42.247b
* [Stay on the barricade beside Ostap # place: barricade_l3 # history: loudspeakers_leave #id:j.jday42.f5c6]
    -> stand_barricade
* [Drag the hurt boy into cover # place: barricade_l3 # history: loudspeakers_leave #id:j.jday42.070b]
    ~ saved = "stranger"
    -> help_out("boy")
* [Go back for Rimas # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.bf33]
    ~ saved = "rimas"
    -> help_out("rimas")
* [Drop flat behind the saman # place: barricade_l3 # history: loudspeakers_leave #id:j.jday42.71d6]
    -> caught_at_barricade
* {j_anger <= 1} [Walk towards the gate, hands open # place: guardhouse # history: loudspeakers_leave #id:j.jday42.2610]
    -> walk_out

= stand_barricade
# clear
# place: barricade_l3
You stay. You put your hands on the saman you helped stack, brick by brick, at the end of May. It is cool and gritty, the way it was then. Ostap does not tell you to get down. He puts a stone in your hand, and takes one himself, and waits with you for them to come close. The flares hang and hang. #id:j.jday42.23a0
-> killed("stand", "barricade")

= caught_at_barricade
~ time_of_day = "dawn"
# clear
# place: barricade_l3
You press yourself flat against the saman, your face in the straw of the bricks. {gentle: Boots, shouting, hands dragging you up.|Boots, a rifle butt between your shoulders, hands dragging you up by the collar.} They do not march you out with the others. They write your numbers in a book at the guardhouse. "Pickets," an officer says. "All of them." #id:j.jday42.fc26
# clear
# place: prison_zone
They keep you in a cell of the camp prison with Ostap and three others. Through the wall you hear the zone emptied into the steppe, hour by hour. Ostap sits with his back to the door and his eyes shut. Once he says, without opening them, "You stayed. I saw." {j_promise: You think of Stasys, and the promise, and which of them you kept.|You do not know whether he means it kindly.} # speaker: ostap #id:j.jday42.3c5e
-> judged

// ---- The technical rooms: Stasys, the switch, the towel ----

= in_rooms
# clear
# place: tech_rooms
# discuss: j_with_what
Stasys gets up, lays his hand on the big switch, which has been off since midnight, and says, "There. Off. Now we sit down." He lowers himself to the floor with his back against the bench and his hands on his knees. # speaker: stasys #id:j.jday42.a24a
# clear
Through the wall the noise of the 3rd lagpunkt comes and goes: voices, iron, engines. {j_promise: You promised him. Switch off, sit down, say nothing.|You never promised. He knows it, and does not look up.} The line runs out through the wall to the poles, to every barrack, to Rimas. #id:j.jday42.2209
* [Sit down beside Stasys # place: tech_rooms # history: loudspeakers_leave #id:j.jday42.f666]
    -> sit_rooms
* [Throw the switch and speak to them # place: tech_rooms # history: loudspeakers_leave #id:j.jday42.bf1d]
    -> dead_line
* [Run for the 3rd lagpunkt, for Rimas # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.2e6d]
    ~ saved = "rimas"
    -> help_out("rimas")
* {j_anger <= 1} [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave #id:j.jday42.ee4b]
    -> walk_out

= dead_line
# clear
# place: tech_rooms
# note: j_radio_after
You unwrap the microphone and throw the switch. Nothing. Somewhere between here and whatever makes the current, something has been cut, or stopped, or found. You speak anyway, into the dead grille: there are people in here, lying down. "Sit down now, son," Stasys says. #id:j.jday42.8c5f
-> sit_rooms

= sit_rooms
# clear
# place: tech_rooms
You sit down beside him. He puts his hand over yours, once, and takes it away. {gentle: Outside, shots, engines, shouting.|Outside, shots close by, a scream that stops, engines.} {j_sworn: You were sworn to these rooms. You already know what you will not say.|You were never sworn to these rooms. You know less than they will think you do.} #id:j.jday42.9bc3
-> soldiers_in

// ---- The roof: Aslan, the crowd below ----

= on_roof
# clear
# place: roof_l3
# discuss: j_with_what
Aslan flattens himself on the tarred boards and pulls you down by the belt. Below, the barrack doors bang open and men pour out with stones in their shirts{j_anger >= 2:, and you know half of them by name}. A flare drifts over, and the roof and everything on it is as white as paper. #id:j.jday42.3697
# clear
{bond_rimas >= 3: Rimas is among them. You see his cap, his shoulders, the iron in his hands.|You see Rimas in the crowd below, or someone with his walk.} The crowd goes at the tanks and falls back, and gathers, and goes again. Aslan's hand is still on your belt. {j_promise: Sit down, Stasys said. You are lying down. It is nearly the same.|Aslan says something in Chechen, and then in Russian: "Stay."} #id:j.jday42.49bd
* [Stay flat on the roof with Aslan # place: roof_l3 # history: loudspeakers_leave #id:j.jday42.8fe4]
    -> flat_roof
* [Climb down and go after Rimas # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.cbda]
    ~ saved = "rimas"
    -> help_out("rimas")
* {j_anger >= 2} [Kneel up and throw with them # place: roof_l3 # history: loudspeakers_leave #id:j.jday42.13ce]
    -> stand_roof
* {j_anger <= 1} [Climb down and walk towards the gate # place: guardhouse # history: loudspeakers_leave #id:j.jday42.d970]
    -> walk_out

= flat_roof
# clear
# place: roof_l3
You lie flat with your cheek on the tar, your arms over your head, Aslan beside you. {gentle: Something passes below, so close the roof shakes.|Something passes below so close that the roof shakes and a board springs loose under your knee.} He winds the string back onto its stick by feel, and you watch his hands do it. #id:j.jday42.1b6d
-> soldiers_in

= stand_roof
# clear
# place: roof_l3
You kneel up with a piece of brick in your hand. Aslan shouts your name. You throw, and the brick goes end over end into the white and rings off something that does not care. You reach for another. Up here you are the highest thing in the zone, and the flares make sure that everyone can see you. #id:j.jday42.b9be
-> killed("stand", "roof")

// ---- The pole: the voice heard first ----

= at_pole
# clear
# place: loudspeaker_pole
# discuss: j_with_what
The voice goes on, patient, the same words in the same order. It says to all of you at once what no loudspeaker of yours ever said: leave quietly. Your own horn hangs dead above you. You could not answer it now if you wanted to, and you are not sure that you want to. #id:j.jday42.8cc6
# clear
The street between the barracks fills with men running towards the noise{bond_rimas >= 3:, Rimas among them, bareheaded}. From here the gate is a hundred steps away, open, and lit like a stage. {j_promise: Switch off, sit down, Stasys said. You have switched off.|A boy from the 2nd runs past you the wrong way, crying, and does not stop.} #id:j.jday42.6edc
* [Sit down at the foot of the pole # place: loudspeaker_pole # history: loudspeakers_leave #id:j.jday42.4768]
    -> sit_pole
* [Go after Rimas # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.88c9]
    ~ saved = "rimas"
    -> help_out("rimas")
* [Walk towards the gate, hands open # place: guardhouse # history: loudspeakers_leave #id:j.jday42.9379]
    -> walk_out

= sit_pole
# clear
# place: loudspeaker_pole
You sit down in the dust at the foot of the pole with your hands on your knees, in the open, where anyone can see that they are empty. {gentle: Men run past. Some of them come back. Some do not.|Men run past you, and some of them come back, and some of them are carried, and some do not come back.} Above you the dead wire ticks. #id:j.jday42.272c
-> soldiers_in

// ---- The barrack: Rimas and the iron ----

= in_barrack
# clear
# place: barrack_jonas
# discuss: j_with_what
In the barrack men are getting down on the floor, under the bunks, against the walls, and other men are getting up. Rimas has the sack open. {j_anger >= 2: He looks at you, not to ask; to see if you are coming.|He does not look at you.} Mykola is at the window, {j_third_night == "come": his bad leg stiff under him,} watching the street. #id:j.jday42.521a
# clear
Outside, the men of the next barrack go past at a run. Someone in the doorway calls for everyone to come out, now, together. The loudspeaker says: stay in the barracks. {j_promise: Sit down, Stasys said. Say nothing.|Half the barrack is looking at the door, and half at the floor.} Rimas stands up with the iron in both hands. #id:j.jday42.6396
* [Pull Rimas down onto the floor # place: barrack_jonas # history: loudspeakers_leave #id:j.jday42.2f2f]
    ~ saved = "rimas"
    -> pull_down
* [Let him go, and lie down # place: barrack_jonas # history: loudspeakers_leave #id:j.jday42.0498]
    -> let_go
* [Go out after him, to bring him back # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.562a]
    ~ saved = "rimas"
    -> help_out("rimas")
* {j_anger >= 3} [Take a stone and go out with him # place: lagpunkt_3 # history: loudspeakers_leave #id:j.jday42.f086]
    -> with_them
* {j_anger <= 1} [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave #id:j.jday42.d379]
    -> walk_out

= pull_down
# clear
# place: barrack_jonas
You get Rimas round the knees and bring him down, iron and all, onto the boards between the bunks. He fights you. {j_bread == "rimas": In May you gave him bread. Tonight you give him your weight.} {gentle: Something huge goes by outside.|Something huge goes by outside, so close that the window frame splits.} He stops fighting. One of you is crying. #id:j.jday42.bc27
-> soldiers_in

= let_go
# clear
# place: barrack_jonas
He goes. The doorway takes him and the white light takes the doorway. You lie down on the floor where his boots were{j_promise:, because you promised, and because you are afraid, and you cannot tell which is which}. Mykola lies down beside you and puts his arm over your head. {gentle: Outside, the noise goes on.|Outside the noise goes on: engines, stones, a shot, another.} #id:j.jday42.ed75
-> soldiers_in

= with_them
# clear
# place: lagpunkt_3
You take a stone from the heap by the door and go out with them, into the white. Rimas is beside you, then ahead. The street between the barracks is full of men and of the light of a tank that is coming on at a walking pace. Someone is singing. You throw, and bend for another stone, and go on. #id:j.jday42.908b
-> killed("stand", "street")

// ---- After the fighting: the soldiers, the steppe, the photographs ----

= soldiers_in
~ time_of_day = "dawn"
# clear
Then a soldier, a boy, shouting: out, hands. {position == "tech_rooms": He stops at the skull on the door, and comes in anyway.} A tank stands by a barrack porch with its engine ticking, and the porch is not a porch any more. {gentle: You keep your eyes on the back in front of you.|You keep your eyes on the back in front of you, not on the ground: a cap, a boot, a hand.} #id:j.jday42.ba41
-> steppe

= steppe
# clear
# place: steppe
# note: selection_arrests
Out through the gate, past the broken barricade, into the steppe. They make you lie face down, arms stretched out in front, thousands of you, row after row, machine guns on the rise behind. {saved == "rimas": Rimas is in the row beside you, alive, his cheek in the dust.}{position == "tech_rooms": Stasys is two rows behind; you heard him counted.}{position == "roof": Aslan is somewhere to your left.} #id:j.jday42.3923
# clear
The steppe is cold under your cheek, then warm, then hot. Two rows ahead a man lifts his head too soon and is shouted down; he was looking towards the women's rows. {j_proposal == "yes": Somewhere over there is your wife.} A soldier, a boy, brings a bucket of water along the line, and lets each of you drink. #id:j.jday42.aebb
# clear
Hours later officers come down the rows with photographs taken at the meetings, bend, compare, and now and then call out a number. {j_loud >= 1: You think of the day you {j_loud_deed == "kite_roof": flew a kite from the roof where the tower could see|{j_loud_deed == "megaphone": spoke to the towers through the megaphone in your own voice|{j_loud_deed == "script": added a line of your own to the broadcast to the soldiers|spoke up where the other side could hear}}}. Someone on the other side was listening.|You have been careful. You are not sure it was enough.} #id:j.jday42.a352
-> judged

= judged
// The marked score (arc §4): what the other side saw, his name on the list, the rooms, the barricade.
~ temp marked = j_loud
{ j_list:
    ~ marked = marked + 1
}
{ j_sworn && (position == "tech_rooms" || position == "pole"):
    ~ marked = marked + 1
}
{ caught_at_barricade:
    ~ marked = marked + 2
}
{
- marked >= 3: -> picked_out
- marked >= 2: -> transferred
- else: -> stayed
}

= picked_out
# clear
{caught_at_barricade: On the third day an officer comes to the cell with a paper.|The officer stops at your row with a paper.} He looks at it, and at you. {j_loud >= 1: Someone remembers the man who {j_loud_deed == "kite_roof": flew a kite from the roof where the tower could see|{j_loud_deed == "megaphone": spoke to the towers through the megaphone in your own voice|{j_loud_deed == "script": added a line of your own to the broadcast to the soldiers|spoke up where the other side could hear}}}.} {j_list: Ostap's list, in his square hand, has found its way into a soldier's map case.} {j_sworn && (position == "tech_rooms" || position == "pole"): And they found you {position == "pole": at the foot of the pole, with pliers in your pocket|in the rooms behind the sign}.} {caught_at_barricade: And you were taken at the barricade.} He calls your number. You get up. #id:j.jday42.0b01
-> arrested

// ---- The endings ----

= arrested
~ fate = "arrested"
# clear
# place: prison_zone
# note: selection_arrests
# ending: arrested
You are one of the 436 people arrested after the uprising, among them every member of the commission. Then come months of questions in a room with a lamp: who wired what, who stood where, {j_sworn: what was behind the door with the skull|who taught you to solder}. #id:j.jday42.ca9c
# clear
# note: j_radio_after
The investigator knows there was a radio, and a generator. {j_sworn: You were sworn to the rooms, and you keep it: you mended loudspeakers, you say, which is true.|You mended loudspeakers, you tell him, which is true, and you know nothing else.} {j_loud >= 1: He has a page on you already: the day you {j_loud_deed == "kite_roof": flew a kite from the roof where the tower could see|{j_loud_deed == "megaphone": spoke to the towers through the megaphone in your own voice|{j_loud_deed == "script": added a line of your own to the broadcast to the soldiers|spoke up where the other side could hear}}}.} The leaders will be tried in 1955. About you, the record is silent. #id:j.jday42.f979
-> remembered ->
-> j_epilogue

= transferred
~ fate = "transferred"
# clear
{caught_at_barricade: No one comes back for you with a paper.|No one calls your number in the steppe.} Days later your number is read out at the gate among hundreds. About a thousand people, men and women alike, are being sent away as supporters of the revolt. {j_loud >= 1: The day you {j_loud_deed == "kite_roof": flew a kite from the roof where the tower could see|{j_loud_deed == "megaphone": spoke to the towers through the megaphone in your own voice|{j_loud_deed == "script": added a line of your own to the broadcast to the soldiers|spoke up where the other side could hear}}} was enough to send you east, and not enough to try you.|{j_list: Ostap's list was enough to send you east, and not enough to try you.|The rooms behind the sign were enough to send you east, and not enough to try you.}} #id:j.jday42.b5cb
# clear
# note: transfers
# ending: transferred
A lorry to the railway, a wagon, a bolt drawn across from outside. For days the wagon goes east and north, and no one tells you where until you are there: Kolyma. Another zone, other men, the same twenty-five years. In the first month a guard brings you a wireless that does not work and asks, not looking at you, whether you know about such things. You say you might. #id:j.jday42.1883
-> remembered ->
-> j_epilogue

= stayed
~ fate = "stayed"
# clear
The officers pass along your row and go on. Late in the afternoon you are let sit up, and then stand, your arms full of pins. Around you men are looking for faces. {saved == "rimas": Rimas finds yours first, and holds on to your sleeve, and does not say anything at all.|Some of them find them.} #id:j.jday42.9fb1
# clear
# note: selection_arrests
# ending: stayed
After that the camp empties around you: lists read out at the gate, lorries, wagons, doors left open on barracks with no one in them. Your number is on none of the lists. You stay in Steplag and go on serving, quietly, waiting like everyone for what comes next. In July a soldier climbs the pole by your barrack and cuts the horn down, badly. You watch and say nothing. #id:j.jday42.7817
-> remembered ->
-> j_epilogue

= walk_out
~ fate = "walked_out"
# clear
# place: guardhouse
You walk towards the voice with your hands open. {position == "pole": You heard it first; you are among the first to go.|No one stops you.} Someone behind you says your name, as a question, and you do not answer it. {j_promise: Sit down, Stasys said. This is not what he meant, and it is not nothing.} At the gate a soldier younger than Rimas points with his rifle: that way. #id:j.jday42.0184
# clear
# place: guardhouse
The gate stands open with no column going through it, and you walk out. {j_board: Your board lies face down in the dust with a track across it.} Just outside, on a post by the wire, is the horn that called you, bigger than any of yours. You look at it the way you look at any machine. #id:j.jday42.55a3
~ time_of_day = "dawn"
# clear
# place: steppe
Outside, a sergeant sits you on the ground with the others who came out and writes your number on a list against his knee. Behind the wire the morning goes on without you: engines, shots, dogs, the same words from the horn, again and again. You count your breaths, and then your people. #id:j.jday42.afab
# clear
Rimas, with the iron. Stasys, on the floor of the rooms. Ostap, on the barricade. Mykola, two bunks from where you slept. {j_proposal == "yes": Halyna, your wife.} A soldier, a boy, brings a bucket of water along the line, and lets each of you drink. You drink. #id:j.jday42.4c5d
# clear
In the afternoon the columns come out past you, to be laid face down further off. A man from your barrack sees you sitting up, and looks at the ground, which is worse. {bond_rimas >= 3: You look for Rimas's cap among them, and do not find it.|You look for the faces you counted, and find two.} #id:j.jday42.44b6
# clear
# note: assault_june26
# ending: walked_out
You did what the loudspeaker said. No record we have found says how many walked out that morning, or what became of them, or what the men they left said when they met again. For the rest of your life you mend other people's radios, and you never again trust a good amplifier. #id:j.jday42.9b1b
-> remembered ->
-> j_epilogue

// ---- Going out for someone: wounded, or killed when the body has nothing left ----

= help_out(who)
# clear
{ who == "boy":
    You crawl out into the white light and get the boy by the collar of his jacket. He is heavier than any crate of valves. You pull, and he comes, a little, and a little more, towards the saman. His hand finds your sleeve and holds on. # place: barricade_l3 #id:j.jday42.69bf
- else:
    You go after Rimas at a run, into the white light, shouting his name in Lithuanian so that he will know it is you. {bond_rimas >= 3: He hears. He turns.|He does not hear. You get him by the collar from behind.} A tank is coming along the barrack wall at a walking pace, and he is in its way. You throw him sideways into the ditch. # place: lagpunkt_3 #id:j.jday42.a9e9
}
{ health <= 2: -> killed("weak", who) }
-> wounded(who)

= wounded(who)
~ fate = "wounded"
// The reader chose scene or summary for the whole morning at the top of the day.
{ summary: -> wound_summary(who) }
# clear
{ who == "boy":
    You have him almost into cover. {gentle: Something hits your shoulder, and you fall across him, still holding on.|Something punches into your shoulder and spins you round, and you fall across him, still holding his collar.} #id:j.jday42.a0bc
- else:
    You go into the ditch after him. {gentle: The tank passes, and something catches your leg as it goes.|The edge of the track catches your leg as it passes, and the world goes white and very quiet.} #id:j.jday42.8502
}
You lie where you fall, and hold on to what you were holding. The noise goes on over you for a long time, and then, piece by piece, it stops. #id:j.jday42.11a3
# clear
# place: hospital
Later, on a door carried by two men you do not know, you reach the hospital. All through the revolt the authorities refused it medicines; it has none now, and more wounded than mattresses. {gentle: They do what they can for you.|They set what can be set, and bind the rest with strips of sheet.} You are not marched out into the steppe. #id:j.jday42.2d48
-> wound_end(who)

= wound_summary(who)
# clear
# place: hospital
You are wounded {who == "boy": dragging a hurt picket into cover at the barricade|pulling Rimas out of a tank's way}. Someone carries you to the camp hospital, which the authorities refused medicines all through the revolt and which still has none. The wound is set and bound with strips of sheet. Because you are in the hospital, you are not marched out into the steppe, and no officer compares your face with a photograph. #id:j.jday42.e801
-> wound_end(who)

= wound_end(who)
# clear
# place: hospital
The man on the next mattress is from the end barrack, and he tells you in a whisper what he saw: his barrack went out at the tanks, and came back, and went out again. {who == "rimas": You think of Rimas in the ditch, and how close he came to going with them.|You think of Rimas, and do not ask.} #id:j.jday42.453f
# clear
For three days you lie on a mattress in the corridor. {who == "rimas": On the second day Rimas comes, with a cut on his forehead and nothing worse, and sits by you until a guard sends him away. He does not say thank you. He says you are a fool, in Lithuanian, twice.|On the second day the boy from the barricade is carried past on a door. He is alive. He lifts a hand.} #id:j.jday42.e4cf
# clear
# note: casualties_dispute
# ending: wounded
You are one of the wounded of 26 June, whose number the official papers and the survivors still argue about. When you can walk, you are put on a transport east with other men. {who == "boy": The shoulder heals stiff. For the rest of your life you hold a soldering iron in your left hand.|The leg heals short. For the rest of your life you walk with a hitch, and children in the street think you are dancing.} #id:j.jday42.f211
-> remembered ->
-> j_epilogue

= killed(how, where)
~ fate = "killed"
// The reader chose scene or summary for the whole morning at the top of the day.
{ summary: -> death_summary(how, where) }
# clear
{ how == "stand":
    { where:
    - "barricade":
        The soldiers come close, and you throw, and Ostap throws, and the stones do what stones can. {gentle: Then a shot from beyond the wire finds you. You are sitting against the bricks, and Ostap's hand is on your shoulder, and then the noise is very far away.|Then a shot from beyond the wire hits you high in the chest. You are sitting against the bricks, and Ostap's hand is on your shoulder, and then the noise is very far away.} #id:j.jday42.e4ab
    - "roof":
        The second brick never leaves your hand. {gentle: A shot finds you from the dark beyond the wire, and the roof tilts, and Aslan has your belt, and then he does not.|A shot from beyond the wire hits you, and the roof tilts, and Aslan has your belt, and then the belt is all he has.} #id:j.jday42.772f
    - else:
        The tank does not stop, and the men do not stop, and for a moment you are all going the same way. {gentle: Then you are down, and the street is very loud, and then it is not.|Then you are down in the dust between the barracks, and the track goes by, and the street is very loud, and then it is not.} #id:j.jday42.e184
    }
- else:
    You got {where == "boy": him into cover|Rimas clear}. But you are slower than you were, {j_bread == "rimas": the bread you gave Rimas in May is in his legs and not in yours|six weeks of short bread are in your legs}, and you cannot get up in time. {gentle: Out in the open, something finds you.|Out in the open, with nothing between you and the white light, you are hit.} You do not get up again. #id:j.jday42.829d
}
-> after_death

= death_summary(how, where)
# clear
Jonas Vaitkus is killed in the assault on the morning of 26 June 1954{how == "stand" && where == "barricade": at the barricade before the guardhouse, where the pickets were shot}{how == "stand" && where == "roof": on a barrack roof, where the pickets were shot}{how == "stand" && where == "street": among the men of his barrack who went out against the tanks}{how == "weak" && where == "boy": dragging a hurt picket into cover}{how == "weak" && where == "rimas": pulling Rimas out of a tank's way}. He is one of the dead whose number, even now, no one agrees on. His body is taken away before noon. #id:j.jday42.daf0
-> after_death

= after_death
# clear
# place: steppe
By noon the men of his barrack lie face down in the steppe, in rows, under the machine guns. {saved == "rimas": Rimas lies with his cheek in the dust and does not lift his head, because Jonas would have told him not to.|One of them has Jonas's cap inside his shirt and does not know what to do with it.} A soldier, a boy, brings a bucket of water along the line, and lets each of them drink. #id:j.jday42.471b
-> memorial

= memorial
# clear
# note: j_third_lagpunkt_dawn
# note: named_dead
# ending: killed
Jonas Vaitkus. Born in Kaunas, 1932. Radio mechanic; at seventeen he printed leaflets with his school friends, and was given twenty-five years for it. He never lived. Men very like him did, and some of them died at Kengir that morning; a few of the dead are named in the sources, most are not. #id:j.jday42.2b0b
# clear
{saved == "rimas": That evening, in the steppe, Rimas says his name to the man beside him, and makes him say it back.|That evening, in the steppe, the men of his barrack say his name to each other, so that it is kept.} {bond_stasys >= 4: Stasys hears two days later, and says nothing, as he promised.|Stasys hears two days later.} Aslan keeps a length of kite string for him, wound on a stick. {j_proposal == "yes": Halyna looks for him along the rows, and does not find him.} #id:j.jday42.36b2
# clear
What he left: a soldering iron with its handle wrapped in string. {j_carried == "mykola_paper": A paper in his boot that no one ever reads.|{j_carried == "letter": A letter to his mother, in pencil, which never reaches Kaunas.|{j_carried == "schematic": A drawing of every wire of the zone's voice, which a soldier folds into his own pocket.|{bond_halyna >= 4: A letter to his mother, in the women's zone, inside Halyna's shirt.|A place on the boards below Rimas, which stays empty one night and then does not.}}}} Whether he is in a count depends on whose count: thirty-five bodies in the MVD's report that morning, thirty-seven or forty-six dead in later official figures, five to seven hundred killed or wounded by the survivors' count. #id:j.jday42.cd4d
-> remembered ->
-> j_epilogue

// ---- What this Jonas did (bible §10, "the ending remembers"): read on every end page ----

= remembered
# clear
{fate == "killed": What no file will ever hold about him, because no one thought to write it down.|What no file will ever hold about you, because no one thought to write it down.} {fate == "killed": He|You} {j_duty == "brigade": ran the wire that carried the zone's voice, and stood the night watch at the barricade.|{j_duty == "kites": ran the wire that carried the zone's voice, and built kites with Aslan out of string and paper.|ran the wire that carried the zone's voice, and kept it talking for a month.}} {fate == "killed": He|You} {saved == "rimas" && (fate == "wounded" || fate == "killed"): went out into the white light for Rimas, and Rimas lived.|{saved == "rimas": pulled Rimas down onto the floor, and Rimas lived.|{saved == "stranger": went out for a hurt boy at the barricade, and did not stop to ask his name.|let Rimas go out with the iron, and could not have stopped him.}}} #id:j.jday42.9b4c
# clear
{j_loud >= 1: {fate == "killed": He|You} {j_loud_deed == "kite_roof": flew a kite from the roof where the tower could see|{j_loud_deed == "megaphone": spoke to the towers through the megaphone in {fate == "killed": his|your} own voice|{j_loud_deed == "script": added a line of {fate == "killed": his|your} own to the broadcast to the soldiers|spoke up where the other side could hear}}}, and it was heard.|{fate == "killed": He|You} kept {fate == "killed": his|your} voice down, and it was never heard on the other side.} {j_board: {fate == "killed": He|You} painted a board that said MINED! over nothing, and it stood for four weeks.} {j_kite_words != "none": {fate == "killed": He|You} {j_kite_words == "plea": wrote on a kite's leaflet a plea to whoever found it|{j_kite_words == "names": wrote names on a kite's leaflet, and gave them to the wind|wrote on a kite's leaflet, plainly, what was happening here}}.} {j_carried != "none": {fate == "killed": He|You} carried {j_carried == "mykola_paper": Mykola's paper, unread,|{j_carried == "letter": a letter to {fate == "killed": his|your} mother|the drawing of every wire of the zone's voice}} into the last night.} {j_proposal == "yes": {fate == "killed": He|You} married Halyna Savchuk before God and no one else.} #id:j.jday42.59c9
# clear
{j_promise: {j_kept_promise(): {fate == "killed": He|You} kept the promise to Stasys: switched off, sat down, said nothing.|{fate == "killed": He|You} broke the promise to Stasys{saved != "none":, for someone else's sake}.}|{fate == "killed": He|You} never promised Stasys anything, and never pretended to.} {fate == "killed": That is what he did, and it is his. What follows is what became of the people he counted.|That is what you did, and it is yours. What follows is what became of the people you counted.} #id:j.jday42.bc9c
->->

// ---------------------------------------------------------------- His own people, then the shared history
=== j_epilogue ===
# clear
# place: lagpunkt_3
{ saved == "rimas":
    Jonas and his people are fiction; so is what follows of them. Rimas Butėnas lives. {fate == "killed": He lives because you went out for him, and he knows it, and he never forgives you for it, and he names his first son Jonas.|{fate == "wounded": He lives because you went out for him. He limps for a week from the ditch, and tells everyone it was his own doing.|He lives because you pulled him down, and for a long time he cannot look at you.}} He is sent east with the thousand, and in the end he goes home to Lithuania. #id:j.jepilogue.288f
- else:
    Jonas and his people are fiction; so is what follows of them. Rimas Butėnas went out with the men of the barrack that counter-attacked twice. He is not in the rows in the steppe. No one you ask has seen him since the second charge, and his name is on no list you will ever see. {fate != "killed": For years you look twice at any boy from Šiauliai.} #id:j.jepilogue.d100
}
# clear
# place: barricade_l3
Ostap Hnatyuk is taken off the barricade alive, his hands tied behind him: one of the 436. What he told them, and what they gave him, no record says. Stasys Girdauskas sits on the floor of the rooms until the soldiers come, and at the selection says nothing at all. {bond_stasys >= 4: A year later a letter reaches you, one line in Lithuanian: Good work, son.} #id:j.jepilogue.d9a3
# clear
# place: steppe
Aslan goes east with the thousand. Years later, people say, he makes a kite for a guard's small son out of newspaper and a shirt, and it flies. Mykola Savchuk comes through the morning alive. After that, only camp talk: an officer found his face in a photograph, one man says; another, that he went east with the thousand. {j_carried == "mykola_paper": His paper, in your boot, {fate == "killed": is never read by anyone.|you burn in August, unread.}} #id:j.jepilogue.c3d5
# clear
# place: women_zone
{
- j_proposal == "yes":
    Your marriage is written in no register; Father Ihor's word was its only record. No one sends a husband and wife to the same camp. {fate == "killed": Halyna hears of your death a week late, from a man who saw.|You never learn for certain where Halyna was sent. For years, in any crowd of women, you look for the way she held her head.} #id:j.jepilogue.d75a
- bond_halyna >= 2:
    {fate == "killed": Halyna hears of your death a week late, from a man who saw. She says your name once, aloud, and then keeps it. She never learns that you counted her, on the last night, among your own.|You never learn for certain what became of Halyna. For years, in any crowd of women, you look for the way she held her head, and once, on a station platform in 1956, you are almost sure.} #id:j.jepilogue.d765
- else:
    {fate == "killed": Halyna Savchuk, Mykola's sister, hears of your death from her brother, and remembers the Lithuanian who came to the wall in May and knocked at her window, politely, like a guest.|Halyna Savchuk, Mykola's sister, you never see again. You knocked at her window once in May, politely, like a guest. You hope she lay on the floor. You hope someone pulled her down.} #id:j.jepilogue.4dc8
}
-> epilogue.kengir

// Stasys's promise at dawn: kept if he sat down or lay flat; reads visit counts of j_day_42 only,
// and is called only from j_day_42's end pages.
=== function j_kept_promise() ===
~ return j_promise && (j_day_42.sit_rooms || j_day_42.sit_pole || j_day_42.flat_roof || j_day_42.let_go || j_day_42.pull_down || j_day_42.caught_at_barricade) && not j_day_42.dead_line
