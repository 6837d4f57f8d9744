// Halyna, Act V "Dawn": day_42 (Saturday 26 June 1954) and her six endings.
// History: fact base §6 and §3.3; addendum §1, §7, §8, §14. Restraint in every sentence.
//
// How the ending is decided (the player can see each reason on the page that follows):
//   where she is at 03:30 (`position`, set on days 40-41) gives the first choice;
//   walking out when the loudspeakers say so              -> walked_out (barrack, bakery, hospital, street);
//   standing with the women in the street, or on the barricade -> killed;
//   going out to help someone                             -> wounded, or killed if health <= 2 (hunger, an old wound);
//   lying down / staying put                              -> the selection: caught at the barricade -> arrested;
//       elsewhere `marked` = ties_underground, +1 role "messenger", +1 trust_commission 3, +2 if in the street crowd:
//       3 or more -> arrested; 2 -> transferred; less -> stayed.
// `fate` and `saved` are set here for the epilogue only (no later hub reads them).

=== day_42 ===
~ day = 42
~ time_of_day = "night"
~ weather = "clear"
~ tanks = "inside"
~ hunger = false
# clear
# cn: violence
# cn: death
Saturday, 26 June 1954. What follows tells of the morning when troops and tanks came into the zone, and of people killed and hurt. You can read the scene, or a short factual summary instead. Your choices stay yours either way.
* [Read the scene]
    -> before_dawn
* [Read a short summary instead]
    -> summary

= before_dawn
# clear
{ position:
- "kitchen":
    At three the first loaves are in. Vera wipes her face with her sleeve and sits down on an upturned bucket. The bakery smells the way home smelled on Saturday mornings. Then, outside, the loudspeakers begin, and the voice is not the prisoners' voice. # place: bakery
- "hospital":
    The night in the ward is nearly over. The man by the window has asked for water every hour, and you have just given him some. The lamp is not needed any more. Then, through the open window, the loudspeakers: a man's voice, reading, from beyond the wire. # place: hospital
- "street":
    The watch is nearly over. You sit on the step between the two women, knees drawn up against the cold; the steppe is cold before dawn, even in June. The sky in the east is going pale. Then the loudspeakers beyond the wire begin to read. # place: women_zone
- "gate":
    You have brought the last water of the night to the barricade. The two boys are half asleep against the saman, and the sky is paling behind the guardhouse. Then the loudspeakers beyond the wire start up, and one of the boys sits up. "That's not ours." # place: guardhouse
- else:
    You wake because Maia's hand is on your arm. It is still dark, but only just; the window has gone the colour of water. Outside a loudspeaker is talking. Not the prisoners' loudspeaker, and not a voice you know. A man's voice, reading, from beyond the wire. # place: women_barrack
}
# clear
# speaker: loudspeaker
# note: assault_june26
The voice says that troops and tanks are about to enter the zone to take down the barricades. It says that prisoners who do not support the disorder will be given a free way out. Everyone else is to stay in the barracks, lay down their weapons, and not resist. It goes on reading.
# clear
Then shots: dry, separate, from the direction of the guardhouses. {position == "gate": {gentle: The boy beside you is hit, and slides down the saman.|The boy beside you jerks and slides down the saman, and does not answer when you say his name.}} The gates swing open. Flares go up and hang in the sky, and the whole zone turns a hard, false white. Then engines, and dogs.
# clear
You feel the tanks before you see them: a grinding that comes up through the ground into your feet. They come in through the open gate, and behind them soldiers, more than you have ever seen, in helmets, running. Somewhere women are shouting, and somewhere men. The loudspeaker starts again from the beginning.
-> decide

= summary
# clear
# note: assault_june26
At about half past three, after a radio warning, snipers shot the prisoners' pickets and the gates were opened. Under flares, five T-34 tanks and at least 1,700 soldiers with dogs came in. Loudspeakers told prisoners to stay in their barracks, and told those who did not support the revolt to leave quietly. {position == "kitchen": You are in the bakery with Vera.}{position == "hospital": You are on night duty in the hospital.}{position == "street": You are on the women's watch outside.}{position == "gate": You are at the barricade by the guardhouse.}{position != "kitchen" && position != "hospital" && position != "street" && position != "gate": You are in your barrack.}
-> decide

= decide
{ position:
- "kitchen": -> in_bakery
- "hospital": -> in_hospital
- "street": -> street(false)
- "gate": -> at_barricade
- else: -> in_barrack
}

= in_barrack
# clear
# place: women_barrack
# discuss: leave_quietly
In the barrack women are on the floor, under the bunks, against the walls. Oksana stands by the door with her shoes in her hand{helped_leaver:, looking at you}. Maia is at the far window, looking out, too close. Outside, the voice says it again: those who do not support the revolt, leave quietly.
* [Pull Maia down onto the floor # place: women_barrack # history: loudspeakers_leave]
    ~ saved = "maia"
    -> lie_down
* [Go out to the women in the street # place: women_zone # history: loudspeakers_leave]
    ~ position = "street"
    -> street(true)
* {helped_leaver} [Go with Oksana, as the voice says # place: guardhouse # history: loudspeakers_leave]
    ~ saved = "oksana"
    -> walk_out
* {not helped_leaver} [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave]
    -> walk_out

= lie_down
# clear
You get Maia round the waist and pull her down, harder than you meant, and the two of you land on the boards between the bunks. You lie across her with your arms over both your heads. {gentle: The floor shakes as something huge goes by outside.|The floor shakes. Something huge goes by outside, so close that the window frame cracks.} Maia is praying in Estonian.
-> soldiers_in

= in_bakery
# clear
# place: bakery
# discuss: leave_quietly
Vera is at the bakery door, one hand on the frame. Through the gap you see soldiers running across the service yard, and beyond them the white glare over the women's zone. "The bread," Vera says, as if it mattered, and takes a step outside. The voice goes on: leave quietly. # speaker: vera
* [Pull Vera back behind the ovens # place: bakery # history: loudspeakers_leave]
    ~ saved = "vera"
    -> behind_ovens
* [Run for the women's zone # place: women_zone # history: loudspeakers_leave]
    ~ position = "street"
    -> street(true)
* [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave]
    -> walk_out

= behind_ovens
# clear
You catch Vera's apron strings and haul her back, and the two of you crouch in the narrow hot space behind the ovens with the loaves still inside. {gentle: Outside there is shooting, and shouting, and engines.|Outside there is shooting close by, and a scream that stops, and engines.} Vera holds your wrist so hard it bruises. The bread burns. Neither of you moves.
-> soldiers_in

= soldiers_in
~ time_of_day = "dawn"
# clear
How long it lasts you never know. Then boots, and a soldier in the doorway, very young, shouting: everyone out, hands on your heads, out. You go out into a morning that is already light, past things on the ground that you try not to see. {gentle: You see them anyway.|You see them anyway: a shoe, a shawl, a hand.}
-> steppe

= in_hospital
# clear
# place: hospital
# discuss: leave_quietly
In the ward the men who can stand are at the windows. The ones who cannot are asking what is happening. Outside, close, someone is calling for help, again and again. The doctor is tearing a sheet into strips, fast, not looking up. The voice outside says it: leave quietly.
* [Stay with the patients # place: hospital # history: loudspeakers_leave]
    -> with_patients
* [Go out to bring in the wounded # place: service_yard # history: loudspeakers_leave]
    ~ saved = "stranger"
    -> help_out("hospital")
* [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave]
    -> walk_out

= with_patients
# clear
# place: hospital
You stay. You get the men away from the windows and down on the floor, and cover the ones who cannot move with mattresses, as if mattresses could stop anything. Then the wounded start coming in, carried, dragged, {gentle: hurt in ways you were never trained for|bleeding, some of them past any help you have}, and there is no time left to be afraid.
-> hospital_after

= hospital_after
~ time_of_day = "dawn"
# clear
# place: hospital
By full light it is quiet outside, a terrible quiet. The ward is full, and the corridor, and the step. From the window you watch long columns of people marched out through the gate towards the steppe. Nobody comes for the ones in the hospital. Not yet. You go on tearing sheets.
-> judged("hospital")

= at_barricade
# clear
# place: guardhouse
# discuss: leave_quietly
Soldiers are coming at the barricade from both sides of the gate. The other boy has dropped his iron bar and is staring at it. The one who was hit lies half in the open, in the white light of the flares, and he is moving. The loudspeaker goes on: leave quietly.
* [Drop flat behind the saman # place: guardhouse # history: loudspeakers_leave]
    -> caught_at_barricade
* [Drag the hurt boy into cover # place: guardhouse # history: loudspeakers_leave]
    ~ saved = "stranger"
    -> help_out("gate")
* [Stay on the barricade # place: guardhouse # history: loudspeakers_leave]
    -> killed("stand", "gate")
* [Run back into the women's zone # place: women_zone # history: loudspeakers_leave]
    ~ position = "street"
    -> street(true)

= caught_at_barricade
~ time_of_day = "dawn"
# clear
# place: guardhouse
You press yourself flat against the saman beside the other boy. {gentle: Boots, shouting, hands dragging you up.|Boots, a rifle butt in your back, hands dragging you up by the collar.} They do not march you to the steppe with the others. They take the two of you straight to the guardhouse and write your numbers in a book. "Pickets," the officer says. "Both of them."
-> arrested

= street(came_out)
# clear
# place: women_zone
# discuss: leave_quietly
{came_out: You run out into the street of the women's zone.} All along it women are coming out of the barracks, more and more of them, and men among them. Nobody is giving orders. The first tank turns into the street, slowly, its light on all of you. Oksana is there, shaking, her shoes in her hand.
* [Stand with the women # place: women_zone # history: loudspeakers_leave]
    -> killed("stand", "street")
* [Pull Oksana out of its way # place: women_zone # history: loudspeakers_leave]
    ~ saved = "oksana"
    -> help_out("street")
* {married || bond_mykola >= 4} [Run for the 3rd lagpunkt, to {married: Jonas|Mykola} # place: lagpunkt_3 # history: loudspeakers_leave]
    -> help_out("third")
* [Lie flat in the dust # place: women_zone # history: loudspeakers_leave]
    ~ saved = "oksana"
    -> flat_in_street
* [Walk towards the gate, hands open # place: guardhouse # history: loudspeakers_leave]
    -> walk_out

= flat_in_street
# clear
You drop where you are and pull Oksana down with you, and lie with your cheek in the dust and your arms over your head. {gentle: The tank passes very close.|The tank passes so close that grit from its tracks stings your neck.} Other people are not so lucky, and you hear it. You do not look up until a boot nudges your shoulder.
-> steppe

= steppe
~ time_of_day = "dawn"
# clear
# place: steppe
# note: selection_arrests
They march you out through the open gate, past the broken barricade, into the steppe, and make you lie face down with your arms stretched out in front of you. Thousands of you, in rows. Machine guns on the rise. The ground is cold, and then, as the sun climbs, hot. Nobody may lift their head.
# clear
# place: steppe
Hours. Then officers walk along the rows with papers and photographs: photographs taken at the meetings, when you all stood in the open and never thought anyone would need to know your face. Now and then they stop, compare, and call a number. Someone stands up and is led away. The rows do not move.
-> judged("steppe")

= judged(where)
~ temp marked = ties_underground
{ role == "messenger":
    ~ marked = marked + 1
}
{ trust_commission >= 3:
    ~ marked = marked + 1
}
{ position == "street":
    ~ marked = marked + 2
}
{
- marked >= 3: -> picked_out(where)
- marked >= 2: -> transferred(where)
- else: -> stayed(where)
}

= picked_out(where)
# clear
{ where == "hospital":
    Two days later an officer comes into the ward with a folder. He looks at a paper, and at you, and at the paper.
- else:
    The officer stops at your row. He looks at a paper, and at you, and at the paper.
}
{ties_underground >= 1: Someone has given them a name, and it is yours.} {role == "messenger": In a photograph you stand at the women's representatives' shoulder.} {trust_commission >= 3: In a photograph you stand near the commission's table, listening.} {position == "street": And you were in the street when the tanks came.} He calls your number. You get up.
-> arrested

= arrested
~ fate = "arrested"
# clear
# place: prison_zone
# note: selection_arrests
# ending: arrested
You are one of the 436 people arrested after the uprising, among them every member of the commission. Then come months of questions in a room with a lamp: who carried what to whom, who stood where. You give as few names as you can. The leaders will be tried in 1955. About you, the record is silent.
-> epilogue

= transferred(where)
~ fate = "transferred"
# clear
{where == "hospital": Nobody comes for you that day.|Nobody calls your number in the steppe.} Your number is called a week later, from a typed list: you and about a thousand others, half of them women, said to have supported the revolt. {saved == "maia" || bond_maia >= 3: Maia's number is on the list too. You find each other in the crush at the wagons.}
# clear
# note: transfers
# ending: transferred
Railway wagons, the doors slid shut. The etap goes east for days, and nobody tells you where until you are there: Ozerlag. Another zone, other women, the same sentence. You arrive with the vyshyvanka you put on for Friday, and very little else, and you begin again.
-> epilogue

= stayed(where)
~ fate = "stayed"
# clear
{ where == "hospital":
    Nobody comes for you. The wounded keep coming in all morning, and then fewer, and then none. In the afternoon someone brings bread from outside, real bread, and you cut it into pieces with a thread, so that everyone in the ward has some.
- else:
    Nobody calls your number. The officers pass along your row and go on to the next. In the afternoon you are allowed to sit up, then to stand, and the blood comes back into your arms like needles. Around you people are looking for faces, and some of them find them.
}
# clear
# note: selection_arrests
# ending: stayed
What follows is the emptying of the camp: lists read out, lorries, railway wagons, barracks standing open. Your number is on none of the lists. You stay in Steplag and go on serving your term, one of those who were there and were not chosen, which is its own kind of sentence.
-> epilogue

= walk_out
~ fate = "walked_out"
# clear
# place: guardhouse
You walk towards the voice. {saved == "oksana": Oksana has your hand; she is the one pulling.} Nobody stops you. Women you know see you go; one of them calls your name, once, and then doesn't. At the open gate a soldier younger than Oksana points with his rifle: that way. You go that way.
~ time_of_day = "dawn"
# clear
# place: steppe
Beyond the wire they put you on the ground with others, and a man with a list writes down your number. Behind you the noise goes on for a long time: engines, shots, dogs, the loudspeaker reading the same words over and over. You press your face into the dust and count your breaths.
# clear
# note: assault_june26
# ending: walked_out
You did what the loudspeaker said. No record we have found says how many did the same that morning, or what was done with them, or what the others said to them when they met again. You will carry this morning for the rest of your life, as everyone who was there does.
-> epilogue

= help_out(where)
# clear
{ where:
- "street":
    You go for Oksana at a run, get her by the arm, and throw her sideways with everything you have. She goes sprawling into the ditch by the barrack wall, clear of it. The tank is still coming. # place: women_zone
- "gate":
    You crawl out into the white light and get the boy by the collar of his jacket. He is heavier than anything you have ever carried. You pull, and he comes, a little, and a little more, towards the saman. # place: guardhouse
- "hospital":
    You go out with an orderly and a stretcher. There are people on the ground all across the service yard. You carry in one, then another, then go back for a third, across open ground, in the light of the flares. # place: service_yard
- else:
    You run for the 3rd lagpunkt, through the gap where the wall was, towards the shouting and the smoke. You do not get there. Between the zones there are soldiers everywhere, and a tank turning in the gap. # place: lagpunkt_3
}
{ health <= 2: -> killed("weak", where) }
-> wounded(where)

= wounded(where)
~ fate = "wounded"
# clear
# cn: injury
The next page tells how Halyna is hurt. You can read it, or read a short summary instead. Either way she lives, and the page after tells what becomes of her.
* [Read the scene]
    -> wound_scene(where)
* [Read a short summary instead]
    -> wound_summary(where)

= wound_scene(where)
# clear
{ where:
- "street":
    You throw yourself after Oksana. {gentle: The tank goes by so close that it catches your leg.|The edge of the track catches your leg as it passes, and the world goes white.}
- "gate":
    You have him almost into cover. {gentle: Something hits your shoulder, and you fall, still holding on.|Something punches into your shoulder and spins you round, and you fall across him, still holding his collar.}
- "hospital":
    Halfway across the yard with the third stretcher {gentle: you are hit, and fall.|something slams into your side, and you are on the ground, and breathing is a thing you have to think about.}
- else:
    You turn back towards the women's zone, and people are running every way at once. {gentle: You are knocked down in the crush, and hurt.|You are knocked down in the crush, and a boot, or a rifle butt, or the ground itself breaks something in your arm.}
}
You lie where you fall. Around you the noise goes on, and goes on, and then, slowly, it stops.
# clear
# place: hospital
Later, and you never learn how much later, someone carries you to the hospital. It went forty days without medicines, and now it has more patients than beds, and still no medicines. {gentle: They do what they can for you.|They set what can be set, and bind what can be bound with strips of sheet.} You are not marched out into the steppe.
-> wound_end(where)

= wound_summary(where)
# clear
# place: hospital
Halyna is wounded{where == "street": pulling Oksana out of a tank's way}{where == "gate": dragging a hurt picket into cover}{where == "hospital": carrying the wounded in from the service yard}{where == "third": trying to reach the 3rd lagpunkt}. Someone carries her to the camp hospital, which has no medicines, and so she is not marched out into the steppe with the other survivors.
-> wound_end(where)

= wound_end(where)
# clear
# note: casualties_dispute
# ending: wounded
You are one of the wounded of 26 June, whose number nobody agrees on. {where == "street": Oksana comes to see you, with a bruise on her face and nothing worse.} When you can walk, you are put on a transport with other women, east, to another camp. The wound heals crooked. You learn to walk with it.
-> epilogue

= killed(how, where)
~ fate = "killed"
# clear
# cn: death
The next page tells how Halyna dies on the morning of 26 June. You can read the scene, or a short summary instead. Either way, the page after it is her memorial.
* [Read the scene]
    -> death_scene(how, where)
* [Read a short summary instead]
    -> death_summary(where)

= death_scene(how, where)
# clear
{ how == "stand":
    { where == "gate":
        You stay at the barricade with your hands on the saman. The shots come from the dark beyond the wire, where the searchlights were. {gentle: One of them finds you. You sit down against the bricks, and the sky goes very far away.|One of them hits you in the chest. You sit down against the bricks, and the sky goes very far away.}
    - else:
        You stay where you are, among the women. Nobody has decided anything; you simply do not move, and neither does the woman on your left, or the one on your right. The light of the tank is in your eyes. {gentle: It does not stop.|It does not stop, and the noise of it fills everything, and then it is over you.}
    }
- else:
    { where:
    - "street":
        Oksana is clear. But you threw her with everything you had, and everything you had was weeks of hunger, and now your legs will not carry you after her. {gentle: The tank does not stop.|The tank does not stop. The track catches you before you can roll away.}
    - "gate":
        The boy is in cover, almost. You are not. You are too slow these days, too slow getting down, weeks of hunger in your legs. {gentle: A shot finds you in the open.|A shot hits you in the open, and you lie down beside him in the white light, and do not get up.}
    - "hospital":
        On the third trip your legs give out, weeks of hunger all at once, and you go down in the open yard with the stretcher on top of you. The orderly shouts your name. {gentle: You do not get up again.|A shot, or a tank, or the crush: nobody will ever know which. You do not get up again.}
    - else:
        You are too slow, weeks of hunger in your legs, to get out of the way. Somewhere ahead, behind the smoke, is the barrack you were running to. {gentle: The tank in the gap does not stop.|The tank turning in the gap does not stop, and does not see you, and it is over very quickly.}
    }
}
-> memorial

= death_summary(where)
# clear
Halyna Savchuk is killed in the assault on the morning of 26 June 1954{where == "street": in the street of the women's zone, where, survivors say, the tanks drove into the crowd}{where == "gate": at the barricade before the guardhouse, where the pickets were shot}{where == "hospital": in the service yard, carrying in the wounded}{where == "third": between the zones, trying to reach the 3rd lagpunkt}. She is one of the dead whose number, even now, nobody agrees on.
-> memorial

= memorial
# clear
# note: women_uprising
# ending: killed
Halyna Savchuk. Born near Ternopil, 1930. Seamstress; sang in the choir; carried bread and messages to the forest, and at twenty was given twenty-five years for it. She never lived: she is made from the lives of women who did. Real women died in the zone that morning. Some of their names are known. Most are not.
-> epilogue
