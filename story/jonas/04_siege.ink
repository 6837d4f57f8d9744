// Jonas, Act IV "The siege": j_day_31 to j_day_41 (15-25 June 1954). Writer j5.
// History: fact base §3.2 (15-25 June), §5.1, §5.3, §5.4; addendum §3, §5, §14; addendum-2 §1.5.
// The prisoners do not know that tanks are coming: the irony is carried by notes, never stated.
// A countdown (bible §10): each day costs something, and each day a thread comes due:
//   31 bond_halyna / j_proposal / j_photo (the Tuesday walk, crossing c4b); j_duty
//   32 j_duty (the last kite string), j_sworn (the inventory behind the sign)
//   33 bond_stasys (how Stasys asks), j_loud (who on the towers knows his voice)
//   34 j_stone, j_demand, bond_rimas, j5_taught (Rimas and the thing that burns)
//   35 j_sworn (the stranger at the pole), j5_solder (how Kuznetsov's voice carries)
//   36 j_anger (Ostap's questions; a conversation that branches twice)
//   37 j_bread ("the bread you gave Rimas"), j5_fire, j_carried (the letter)
//   38 j_kite_words, j_photo, j_proposal, j_loud, j5_solder (crossing c3b)
//   39 j5_line, j5_taught, j5_fire (a night watch in three beats)
//   40 j_list, j5_ostap, j5_stranger, j5_fire (Ostap's rota: a list)
//   41 bond_halyna (crossing c4c), j5_letter, j5_promise, j5_rota, j5_tower; position
// Globals changed (at most one choice point a day, two globals an option):
//   33  j_promise + bond_up(bond_stasys) | j_promise | bond_down(bond_stasys)
//   34  j_anger_up() + bond_up(bond_rimas) | (none) | bond_down(bond_rimas)
//   37  health_down(1) and j_carried = "letter" on every path (not a choice)
//   38  j_loud_up("script") for the line of his own
//   41  j_carried = "none" when Halyna takes the letter (bond_halyna >= 4, not a choice); position
// Structural: conditional choices only on j_duty and j_anger (41), and bond_halyna (31, 41 diverts).
// Fiction, labelled reconstruction in the notes: Stasys, Rimas, Ostap, Aslan, Tamara, the stranger,
// the script (Pavel's, crossings.md C3b), every scene. Real people only at a distance, with a note.

// ---------------------------------------------------------------- Tuesday 15 June
=== j_day_31 ===
~ day = 31
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ hunger = true
~ tanks = "none"
# clear
# place: barrack_jonas
Tuesday, 15 June. The heat is on the roof before the rail would have rung, if anyone rang it now. Rimas has been awake since three, he says, proudly, like a man reporting a harvest. #id:j.jday31.1fb7
# clear
{
- j_duty == "brigade":
    # place: barricade_l3
    Ostap has the brigade out at the barricade by seven: saman bricks from the broken walls, chest-high, wire laid loose in front. He walks the line and touches each man's shoulder, counting. "Same as yesterday," he says. "Same as tomorrow." It is the nearest thing he has to a joke. # speaker: ostap #id:j.jday31.cd73
- j_duty == "kites":
    # place: roof_l3
    Aslan is on the roof of the end barrack counting paper: old ledgers, a torn poster, cigarette papers glued into sheets. He counts twice and does not like the second number either. "Five kites," he says. "Maybe six, if the wind is honest." # speaker: aslan #id:j.jday31.0b21
- else:
    # place: tech_rooms
    At the bench Stasys takes yesterday's dead valve out of the drawer, holds it to the window and squints. "Tired," he says. "Like the rest of us." He puts it back, and gives you the soldering iron. # speaker: stasys #id:j.jday31.a89e
}
# clear
# place: tech_rooms
By noon you are at the bench whatever else you do: the technical department keeps its men. Rosin smoke, valve glass, hot dust on a transformer. Rimas comes to the door and stops at the sign, the skull and the big red numbers, and will not come past it. #id:j.jday31.35ac
# clear
"You could teach me that," he says from the doorway, nodding at the iron. He says it roughly, to the floor. "Wires. Whatever it is you do. Then I'd be some use that isn't a stick." Stasys, at the far end of the bench, does not look up. # speaker: rimas #id:j.jday31.e3c6
* [Put the iron in his hand # place: tech_rooms #id:j.jday31.e37a]
    ~ j5_taught = true
    # clear
    You bring him to the outer bench, where no oath is needed, and put the iron in his fist, your hand round his. His first joint is a grey blob. His second holds. He looks at it a long time, a farm boy who has just mended something that speaks. #id:j.jday31.357d
* [Tell him the bench has no room for him # place: tech_rooms #id:j.jday31.4b44]
    # clear
    "There's no room," you say, which is true, and not why. He shrugs, a boy who was only asking the time. "Fine," he says. "I'll stick to sticks." He goes off towards the workshops, hands in his pockets, whistling through his teeth, too loud. #id:j.jday31.d00f
-
{
- bond_halyna >= 2:
    -> walk
- else:
    -> step
}

= walk
// Crossing with Halyna's day 31 evening (her first_evening "jonas"); proposed id c1g, facts
// c1g.married "a wedding is an ordinary thing here now", c1g.wall "broken down now to knee height".
# clear
{
- j_proposal == "yes":
    # place: tech_rooms
    In the evening you come out of the technical rooms with solder burns on your fingers, and she is there, waiting, your wife. You walk the length of the zone together, slowly, her arm in yours; a wedding is an ordinary thing here now. Men nod to you both. #id:j.jday31.6113
- else:
    # place: women_zone
    In the evening Halyna finds you by the line where the wall was, broken down now to knee height. You walk along it together, stepping over the old footings out of habit. You talk about Kaunas: the river, the bookshop on Laisvės alėja where you read standing up. #id:j.jday31.94d6
}
# clear
{
- j_proposal == "yes":
    {j_photo:In your shirt pocket, against her arm, is the drawing for your mother. You touch it now and then, to be sure, and she holds your arm a little tighter.|With your free hand you explain what a valve is for: the heat, the little cloud of electrons, the grid that lets them pass or not. She watches you explain, and does not, you suspect, listen to a word.} #id:j.jday31.60e2
- else:
    She talks about the orchard at home. Your hands touch, walking, and neither of you moves away. {j_photo:The drawing for your mother is in your shirt pocket. It was her hands that turned that collar.|You think of your frayed collar, and do not think of it.} #id:j.jday31.af38
}
# clear
At the end of the wall she goes back to her zone and you stand there until you can't see her. {j5_taught:Rimas is waiting on your barrack step with a burn on his thumb he is proud of.|Rimas is on your barrack step, carving something. He doesn't look up.} #id:j.jday31.03d3
-> close

= step
// Crossing with Halyna's day 31 (her first_evening "mykola"); proposed fact c1g.cigarette "sharing one cigarette three ways".
# clear
# place: mykola_barrack
In the evening you sit on the step of the barrack with Mykola{j_third_night == "come":, his bad leg stretched out in front of him,} and Rimas, sharing one cigarette three ways. Halyna comes through the gap and Mykola makes room for her. She nods to you as to one of her brother's friends. You move along the step to give them space. #id:j.jday31.cec6
# clear
They talk about the heat, and an old dog at home that used to steal eggs. Mykola laughs so hard he coughs, and the rest of you laugh at him laughing. {j5_taught:Rimas shows her the burn on his thumb. "Jonas taught me," he says. She looks at you over his head.|Rimas asks her whether the women's zone has a dog. She says it had one, once.} It is the best hour of the week. #id:j.jday31.e5bf
-> close

= close
# clear
# note: june15_tanks
# discuss: what_they_knew
Nothing happens on Tuesday. That is what you will remember of it: a valve, a step, the wall at knee height{j5_taught:, a boy's first joint}. Far from the zone, this same day, a telegram from Moscow to the general outside the gate says more about the coming week than anything you know. #id:j.jday31.79bd
-> j_day_32

// ---------------------------------------------------------------- Wednesday 16 June
=== j_day_32 ===
~ day = 32
~ time_of_day = "day"
~ weather = "heat"
~ kites = false
~ hunger = true
# clear
# place: tech_rooms
Wednesday, 16 June. Stasys hands you a pencil and the back of a work-roll. "Count everything," he says. "The commission wants to know what we have. So do I." You go through the drawers and boxes and write it down in your school hand. {j5_taught:At the outer bench Rimas is practising joints on a scrap of tin, tongue between his teeth.|Rimas does not come by.} # speaker: stasys #id:j.jday32.36a2
# clear
{j_sworn:The inner room first: the bench where the current comes in, which you do not write down; the switch with the rag tied round it; the thing under the tarpaulin that no one names.|You count the outer room; Stasys brings you what is in the inner one, item by item, and reads out numbers you write without seeing.} #id:j.jday32.ed0f
# clear
VALVES THAT LIGHT: 6. VALVES THAT MAY: 2. #id:j.jday32.9384
WIRE, COPPER, FROM THE PROJECTORS AND THE WORKSHOPS: ABOUT 400 M. #id:j.jday32.af85
SOLDER: ONE STICK, AND WHAT IS ON THE OLD JOINTS. #id:j.jday32.c283
LOUDSPEAKERS WORKING: 3. IN PIECES: 1. #id:j.jday32.4e4f
PAPER FOR KITES: {j_duty == "kites":NONE. (ASLAN.)|ASK ASLAN.} #id:j.jday32.c0a6
# clear
{
- j_duty == "kites":
    # place: roof_l3
    At noon you are on the roof with Aslan when the last of the paper goes up, and a counter-kite from the settlement side comes in across the wind and takes the string. Aslan watches it go. "That was the good string," he says. # speaker: aslan #id:j.jday32.b271
- j_duty == "brigade":
    # place: barricade_l3
    At noon you take the list past the barricade. Ostap reads it over your shoulder, lips moving. "Six valves," he says. "And how many men on this barricade? Count us, too." He only wants the sum done honestly, both columns. # speaker: ostap #id:j.jday32.bb7c
- else:
    # place: tech_rooms
    At noon Stasys reads the list through twice. "One stick of solder," he says. "For everything." He breaks it in two against the bench edge, carefully, and lays the halves side by side like bread. "One half keeps the zone talking. The other goes to the set. Or both to one." # speaker: stasys #id:j.jday32.9eea
}
# clear
# place: tech_rooms
# note: loudspeakers_radio
The set is the transmitter under the drying-room floor of your barrack: the thing that may talk to the whole world or to no one. The solder decides, Stasys says, and so does whoever holds it. Today that is you. #id:j.jday32.31d4
* [Solder for the zone's loudspeakers # place: loudspeaker_pole #id:j.jday32.a62c]
    ~ j5_solder = "zone"
    # clear
    You spend it on the lines: the pole by the women's zone, the junction behind the bathhouse, every joint that crackles in the wind. By evening the zone's voice is clean from one end to the other. Whatever reaches the world, the people here will hear each other. #id:j.jday32.01eb
* [Solder for the transmitter # place: lagpunkt_3 #id:j.jday32.530e]
    ~ j5_solder = "sky"
    # clear
    You carry it to the men at the set under the drying-room floor, and they take it without thanks, the way men take water. By evening the set hums, to wherever it goes. The pole by the women's zone crackles all night, and you hear it from your bunk. #id:j.jday32.f2e0
-
# clear
# place: barrack_jonas
At night you write the last line on the list, in pencil, small, below the rest: SOLDER: NONE. {j5_solder == "sky":Beside it, smaller: TO THE SET.|Beside it, smaller: TO THE LINES.} It is the first list you have ever made that tells the truth, and it is a list of what is running out. #id:j.jday32.9c9d
-> j_day_33

// ---------------------------------------------------------------- Thursday 17 June
=== j_day_33 ===
~ day = 33
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: watchtower
# note: authorities_loudspeakers
Thursday, 17 June. From seven till noon the loudspeakers beyond the wire talk over yours: go back to work, the coal trains stand unloaded, this is a warning. Then the record, with the scratch you know now like the creak of your bunk. {j5_solder == "sky":Under it, in the drying room of your barrack, the set hums to no one you can name.|Between records your own lines carry a song from the women's zone, clean.} #id:j.jday33.ab26
# clear
{
- j_loud >= 2:
    A picket at the barricade says the tower boys have a name for you. "The radio one," he says. "They say it like they know you. Twice now you've gone up where they could see." He means it as a warning. It comes out sounding like a compliment, and that frightens you more. #id:j.jday33.1312
- j_loud == 1:
    A picket tells you the tower boys asked about "the radio one" last night, the one who {j_loud_deed == "megaphone":talked to them through the tin horn|flew the kite off the roof}. They ask about everyone, the picket says. You tell yourself that is true. #id:j.jday33.308c
- else:
    The towers don't know your face. You have done nothing where they could see. At the bench that used to feel like cowardice; today, with the record going round and round, it feels like a coat you are glad to have. #id:j.jday33.af6b
}
# clear
# place: tech_rooms
In the afternoon Stasys shuts the door of the rooms, which he never does in the heat, and sits on the crate by the switch. #id:j.jday33.559b
# clear
{bond_stasys >= 3:"You're the nearest thing I have here to a son," he says, in Lithuanian, quietly, "so I'll ask you as one."|"You're a good pair of hands," he says, "and a bad listener, so listen."} "When they come in, and they will, I switch off. I sit down. I say nothing. Not a wire, not a name." # speaker: stasys #id:j.jday33.45a5
# clear
"That is what I'll do. Not the barricade, not the roof. Off, and down, and quiet. A man with his hands on his knees is a man they count, not a man they shoot." He looks at you. "I want you to promise me the same. Switch off. Sit down. Say nothing." # speaker: stasys #id:j.jday33.72ca
* [Promise him # history: j_switch_off #id:j.jday33.0883]
    ~ j_promise = true
    ~ bond_up(bond_stasys)
    # clear
    "I promise," you say. He nods, once, and puts out his hand, and you shake it like two men selling a horse. "Good," he says. "Now I can stop thinking about it." You do not stop thinking about it. #id:j.jday33.4309
* [Promise, and ask what it's worth # history: j_switch_off #id:j.jday33.cf0c]
    ~ j_promise = true
    ~ j5_promise = "asked"
    # clear
    "I promise," you say. "What's a promise worth, here?" Stasys considers. "About what a valve is worth," he says. "Nothing, until it lights. Then everything." He shakes your hand anyway. #id:j.jday33.87f4
* [Tell him you can't promise to sit down # history: j_switch_off #id:j.jday33.c4c5]
    ~ bond_down(bond_stasys)
    ~ j5_promise = "refused"
    # clear
    "I can't," you say. "I don't know what I'll do. Neither do you, really." Stasys looks at the switch for a long time. "No," he says at last. "I suppose I don't." He opens the door again, and does not look at you for the rest of the day. #id:j.jday33.d935
-
# clear
# discuss: j_switch_off_question
# place: barrack_jonas
At night the record plays again beyond the wire. {j5_promise == "refused":You lie on your bunk and make the promise anyway, in your head, to no one, and take it back, and make it.|You lie on your bunk and practise it: the switch, the crate, your hands on your knees. It is an easy thing to practise.} Rimas is asleep with his fists closed. #id:j.jday33.29a6
-> j_day_34

// ---------------------------------------------------------------- Friday 18 June
=== j_day_34 ===
~ day = 34
~ time_of_day = "night"
~ weather = "clear"
~ hunger = true
# clear
# place: barrack_jonas
Friday, 18 June, after dark. Rimas sits down on the edge of your bunk, which he never does, and waits until the men nearby are snoring. He smells of the workshops: iron filings, machine oil, something sour. He has come to you because you have a key. #id:j.jday34.24b2
# clear
{bond_rimas >= 3:"You're the only one I'd ask," he whispers. "You know that."|"I wouldn't ask," he whispers, "but you've got the key and I haven't."} The film. The old reels in the rooms, from the projectors your department gutted for their amplifiers. Men in the workshops want them, he says, for something that burns. # speaker: rimas #id:j.jday34.0946
# clear
# note: j_weapons_record
{j5_taught:"You taught me to hold an iron," he says. "So I can hold this too. It's the same, isn't it? Making something."|"You said there was no room at your bench," he says. "So I found another one."} He does not say what the burning thing is for. Everyone knows what the barricades are for. # speaker: rimas #id:j.jday34.f2e0
# clear
{
- j_stone == "pulled":
    "On the first night you pulled me off the roof," he says. "Before I could throw. I've been angry about that for a month. Don't pull me down again." # speaker: rimas #id:j.jday34.79ef
- j_stone == "threw":
    "On the first night you threw a stone beside me," he says. "I saw you. Don't tell me you're only a wire man." # speaker: rimas #id:j.jday34.e0ba
- else:
    "On the first night you went inside," he says. "You left me on the roof. I didn't hold it against you. Don't make me start." # speaker: rimas #id:j.jday34.febd
}
{
- j_demand == "shootings":
    "We asked them to punish the ones who shot," he says. "You told me that yourself, outside the hall. They didn't. So who's going to stop them shooting next time?" # speaker: rimas #id:j.jday34.3e7d
- j_demand == "sentences":
    "We asked them to cut the twenty-fives," he says. "You told me that, outside the hall. Nobody's cutting anything. Not one year." # speaker: rimas #id:j.jday34.2d70
- j_demand == "women":
    "We asked to keep the women's zone open," he says. "You told me that, outside the hall. You think they'll leave it open? Or the girls in it alone?" # speaker: rimas #id:j.jday34.f827
- else:
    "They read the demands outside the hall," he says. "You heard them. Has anyone come? Has one word come back?" # speaker: rimas #id:j.jday34.7abb
}
# clear
# discuss: j_weapons_words
He waits. The searchlight goes by, and the bunk's shadow swings across his face and back. The key to the rooms is on its string round your neck, warm. #id:j.jday34.6ad6
* [Get him the film, and go with him # place: workshops_khozdvor #id:j.jday34.a917]
    ~ j_anger_up()
    ~ bond_up(bond_rimas)
    ~ j5_fire = "went"
    -> workshop
* [Refuse, and tell him why # place: barrack_jonas #id:j.jday34.282d]
    ~ j5_fire = "argued"
    -> argued
* [Refuse, and go to Ostap about him # place: barricade_l3 #id:j.jday34.6fe3]
    ~ bond_down(bond_rimas)
    ~ j5_fire = "ostap"
    -> ostap

= workshop
# clear
# cn: violence
The next scene has violence between prisoners. You can read it, or read a short summary; what follows is the same either way. #id:j.jday34.9c0a
* [Read the scene #id:j.jday34.79df]
    -> workshop_scene
* [Read a short summary instead #id:j.jday34.0a83]
    -> workshop_summary

= workshop_scene
# clear
# place: workshops_khozdvor
The workshop is dark except for one lamp with a rag over it. Four men at the bench, and tins. You hand over the reels you carried under your jacket, and watch Rimas's face instead of their hands. It is happier than you have seen it since May. #id:j.jday34.923a
# clear
A man comes in who shouldn't: a thin Russian from the 2nd, who says too loudly that when they come he'll walk out with his hands up, and so should everyone with sense. One of the four takes him by the collar and puts him against the wall. {gentle:Voices rise; he is shoved hard, and frightened.|His head knocks the boards. A bar comes up.} # note: coercion_inside #id:j.jday34.a5aa
# clear
Rimas moves towards them, and then you are between, without having decided to be. "Let him go," you hear yourself say. "He's hungry, like you." The man with the bar looks at you, then lowers it. The thin man is out of the door before anyone can change his mind. #id:j.jday34.ccc4
# clear
Rimas says, on the way home, "You shouldn't have done that." Then, a hundred steps later: "You were right to." You walk back under the searchlight with your hands empty and something on them all the same. # speaker: rimas #id:j.jday34.763f
-> after

= workshop_summary
# clear
# place: workshops_khozdvor
# note: coercion_inside
(Summary.) You take the film to the workshops, where men are making something that burns. A prisoner who says he will surrender when the troops come is threatened by one of them. You step between them, and the man is let go. Rimas is angry with you, and then is not. #id:j.jday34.a1c0
-> after

= argued
# clear
"No," you say. "Not the film. Not me." He stares. "We asked for a commission," you say, "for a man from the Central Committee. Not for a fire. If we throw fire, we're what their loudspeakers call us." You hear yourself: you sound like Stasys. You sound like your mother. #id:j.jday34.0a6b
# clear
"And if they come in shooting," Rimas says, "what do I do? Say the demands at them?" He gets up off your bunk. "Someone else has a key," he says. "There's always someone." He goes to his own bunk. In the dark you hear him lying awake as long as you do. # speaker: rimas #id:j.jday34.0113
-> after

= ostap
# clear
# place: barricade_l3
You find Ostap at the barricade at midnight and tell him: the film, the workshop, the boy. Ostap listens with his head on one side. "I know about the workshop," he says. "I didn't know about the boy." He sighs. "I'll put him on my barricade. Where I can see him." # speaker: ostap #id:j.jday34.3d5a
# clear
# place: barrack_jonas
In the morning Rimas's bunk is empty and his blanket folded square. He is on Ostap's barricade with an iron bar and a face like a shut door. When you pass he looks through you. Somebody told, his face says, and he knows the only man who had a key. #id:j.jday34.7ba5
-> after

= after
# clear
# place: barrack_jonas
{j5_fire == "went":Late that night you smell something sour and chemical on your hands and wash them in your drinking water, and then have none. Above you Rimas sleeps like a child, his mouth open.|{j5_fire == "argued":Late that night you check the key on its string, twice. The film is in its tins. Somewhere in the zone, you are sure, someone is finding another. You said no to the boy, and yes to nothing; it does not feel like the clean hands your mother meant.|Late that night you lie and look up at the boards of Rimas's empty bunk. You did the sensible thing. It sits in you like a swallowed stone.}} #id:j.jday34.ecb2
-> j_day_35

// ---------------------------------------------------------------- Saturday 19 June
=== j_day_35 ===
~ day = 35
~ time_of_day = "evening"
~ weather = "dust"
~ hunger = true
# clear
# place: loudspeaker_pole
Saturday, 19 June, evening. Stasys sends you to the pole by the women's zone to watch the line: tonight someone is to speak whom everyone must hear. You sit at the foot of the pole, pliers in your lap. Dust goes past in sheets. #id:j.jday35.4b5e
# clear
{j5_fire == "ostap":Rimas is on Ostap's barricade and will not speak to you.|Rimas comes and sits beside you, for the company.} Before the broadcast a man you don't know comes out of the dust and squats by the pole. He is friendly, and has tobacco. He is from the 2nd, he says, or from the bathhouse brigade; he isn't clear. #id:j.jday35.2230
# clear
"You're from the rooms," he says. "Behind the sign. I've seen you go in." He rolls you a cigarette. "What's in there, really? Everyone says a power station. How does it work? I only ask because it's a wonder." # note: loudspeakers_radio #id:j.jday35.2106
# clear
{j_sworn:You know what is under the tarpaulin, and you swore on your mother's name never to say it. The man's eyes are very pleasant, and very steady.|You were never sworn in. You don't know what is under the tarpaulin, and you are suddenly glad of it: what you don't know, no one can take from you.} #id:j.jday35.518f
* [Tell him it's only wire and dust # place: loudspeaker_pole #id:j.jday35.c8fc]
    ~ j5_stranger = "wire"
    # clear
    "Wire," you say. "And dust. And an old man who shouts at me." The man laughs and gives you the cigarette. "Of course," he says. He goes off into the dust before the broadcast starts, though he said he had come for it. #id:j.jday35.54ba
* [Ask him who wants to know # place: loudspeaker_pole #id:j.jday35.8bf1]
    ~ j5_stranger = "asked"
    # clear
    "Who's asking?" you say. He smiles and keeps smiling. "Only me," he says. "Only curious." He gets up, dusts his knees, and goes off towards the 2nd, not hurrying, the way a man walks who has all the time in the world. {j5_fire != "ostap":Rimas watches him go. "He asked me that too, yesterday," Rimas says.} #id:j.jday35.daef
* [Say nothing, and tell Stasys tonight # place: loudspeaker_pole #id:j.jday35.6b6f]
    ~ j5_stranger = "stasys"
    # clear
    You shrug and take the cigarette and say nothing at all. After a while he goes. That night you tell Stasys, in the inner room, in a whisper. Stasys writes nothing down. "Describe his hands," he says. You do. He nods: he knows the hands, or thinks he does. # speaker: stasys #id:j.jday35.19db
-
# clear
# place: loudspeaker_pole
# speaker: loudspeaker
# note: last_ten_days
# discuss: kuznetsov_broadcast
Then the line clicks, and it is Kuznetsov, the chairman of the commission. He speaks about his family: about how it was destroyed. You will not remember his words. You will remember only that he said it, over your wire, to all of you at once. #id:j.jday35.1952
# clear
{j5_solder == "zone":The line is clean: Wednesday's solder holds. Every word reaches the women's zone, and you hear it again, half a second late, from the far pole.|The line crackles: the solder went to the set on Wednesday. Every third word breaks up in the wind, and you can do nothing.} Women come out of their barracks, drying their hands. #id:j.jday35.25c5
# clear
Afterwards there is a long silence in the dust. {j5_fire == "ostap":Across at the barricade, Rimas is sitting with his head in his hands.|Rimas says, "My father was taken the same way. At night. The whole house." He has never told you that. You do not know what to say, and say nothing, and stay.} #id:j.jday35.93bf
-> j_day_36

// ---------------------------------------------------------------- Sunday 20 June
=== j_day_36 ===
~ day = 36
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: barricade_l3
# speaker: loudspeaker
# note: authorities_loudspeakers
Sunday, 20 June. This morning the loudspeakers beyond the wire have come back to an old thing: that Kuznetsov's release had been approved, and then withdrawn. They say it three times between the records. It is aimed at one man and it lands on everyone. #id:j.jday36.4155
# clear
Ostap is sitting on the barricade in the sun with his shirt off, darning it, a long scar over his ribs that he has never explained. He pats the saman beside him. {j5_fire == "ostap":"Your boy is behaving," he says. "Sulking, but behaving."|{j5_fire == "went":He knows about the workshop. He says nothing of it.|"Your boy came to me for a bar," he says. "I gave him one."}} #id:j.jday36.9b0f
* [Ask him if he believes it, about Kuznetsov #id:j.jday36.8c72]
    ~ j5_asked = "believe"
    # clear
    "Do you believe it?" you ask. "The release?" Ostap bites his thread. "I believe they'd say it whether it was true or not," he says. "That's all I need to know about it." He holds the shirt up to the light. "A man with a hope can be led. They know that. So do we." # speaker: ostap #id:j.jday36.412a
* [Ask him when he thinks they'll come #id:j.jday36.edba]
    ~ j5_asked = "when"
    # clear
    "When will they come?" you ask. Ostap doesn't pretend not to understand. "When they've stopped talking," he says. "Listen to them. Still talking. Records, speeches, lies about the chairman. When it goes quiet out there, put your boots on." # speaker: ostap #id:j.jday36.fff8
-
# clear
He works the needle a while. Then, without looking at you: "And when they do come, wire man, where will you be? I like to know where my people are when it gets dark." {j_list:Your name has been on his list since the eighth. He knows it. He asks anyway.|You asked him to take your name off his list on the eighth. He did. He asks anyway.} # speaker: ostap #id:j.jday36.91b5
* [With you, here, at the barricade #id:j.jday36.ebb6]
    ~ j5_ostap = "with"
    # clear
    "Here," you say. "With you." Ostap gives you a long look. "Good," he says. "Bring a coat. It's cold before the light." {j_anger >= 2:He doesn't argue. He has seen you on the saman before, in the dark, and not asleep.|He doesn't argue, but he looks at your hands, which are a mechanic's, and then at his own.} # speaker: ostap #id:j.jday36.aa8f
* [At my wire. Someone has to keep it talking #id:j.jday36.aeb0]
    ~ j5_ostap = "wire"
    # clear
    "At the wire," you say. "If the zone goes quiet, it's lost twice." Ostap nods slowly. "That's a fair answer," he says. "A barricade needs ears. Keep them talking, then, to the last." He bites off the thread. "And when the talking's done, lie down flat." # speaker: ostap #id:j.jday36.0e7f
-
# clear
# place: barrack_jonas
In the afternoon the whole 3rd lagpunkt sleeps, the way a village sleeps on a Sunday. Somewhere the Lithuanians are singing a hymn your grandmother sang. {j5_ostap == "with":You take your coat down from the nail and look at it, and hang it up again.|You walk the line to the junction behind the bathhouse, for no reason, and back.} Then you lie on your bunk and count the days since May, and lose count. #id:j.jday36.4e59
-> j_day_37

// ---------------------------------------------------------------- Monday 21 June
=== j_day_37 ===
~ day = 37
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# cn: hunger
Monday, 21 June. The next scene is about hunger. You can read it, or read a short summary; the choice that follows is the same either way. #id:j.jday37.994e
* [Read the scene #id:j.jday37.0da2]
    -> hunger_scene
* [Read a short summary instead #id:j.jday37.48be]
    -> hunger_summary

= hunger_scene
~ health_down(1)
# clear
# place: barrack_jonas
By Monday you are slow on the ladder to the roof. {gentle:You tire quickly, and your hands are clumsy at the bench; a joint you could make blind in May takes you three tries.|Your hands shake at the bench, and a joint you could make blind in May takes you three tries; when you stand too fast the room goes grey at the edges.} The iron seems heavier. Everything does. #id:j.jday37.60ba
# clear
{
- j_bread == "rimas":
    The bread you gave Rimas, that morning in May at the ore plant, is in your legs now, or rather it isn't: you feel the place where it should be every time you climb the step. You do not regret it. You notice it, which is different. #id:j.jday37.33eb
- j_bread == "valves":
    The bread you traded for valves in May is in the loudspeakers now, in a way: the valves light, and your legs don't climb. It seemed a clever trade. It still does, most hours. #id:j.jday37.52ce
- j_bread == "kept":
    You kept the foreman's bread in May and ate it yourself, slowly, and still your legs go. Hunger keeps no accounts. It takes from the careful and the generous the same. #id:j.jday37.3b02
- else:
    Everyone's legs go now. Hunger keeps no accounts. It takes from the careful and the generous the same. #id:j.jday37.6b92
}
{j5_fire == "went":Rimas, who has been friendly since the workshop, brings you half his noon soup and won't take it back.|{j5_fire == "ostap":Rimas eats at the far end of the barrack, with his back to you.|Rimas eats beside you without talking, and watches you eat, to be sure you do.}} #id:j.jday37.f35f
-> write

= hunger_summary
~ health_down(1)
# clear
# place: barrack_jonas
# note: rations_hunger
In the last ten days the prisoners' broadcasts said they were starving; by the MVD's account the stores still held food. You are weak with hunger, and it shows in your hands at the bench. #id:j.jday37.9c2d
-> write

= write
# clear
# place: mykola_barrack
At noon Halyna comes through the gap and Mykola climbs down off the roof for her. They sit on a crate behind the barrack, brother and sister, both thinner. You do not go round. It is not yours. #id:j.jday37.8a10
# clear
{j_carried == "mykola_paper":When she has gone Mykola finds you. "My paper," he says. "The one from the fourth. Give it back. If they come in, nothing of mine must be found on anyone in the 3rd." You take it out of your boot and give it to him, and your boot feels empty for the rest of the day.|When she has gone Mykola touches your shoulder, once, going by. You have shared a barrack with him long enough to know it means: you're all right.} #id:j.jday37.7069
# clear
# place: barrack_jonas
In the afternoon you sit on your bunk with a pencil stub and a page from a ledger. Nothing has gone out through the gate for weeks. You write to your mother anyway, in Lithuanian, small, on both sides. Mama, you write, and then sit a long time. #id:j.jday37.46fa
* [Tell her the truth: that you are hungry #id:j.jday37.34e3]
    ~ j5_letter = "truth"
    # clear
    You write that you are hungry, and that everyone is, and that you are not afraid, which is not quite true. You write about the wires: that you make a thing that lets people talk across a wall. You write that you are, for the first time since you were seventeen, of use. #id:j.jday37.a022
* [Tell her you are well, and eating #id:j.jday37.924b]
    ~ j5_letter = "comfort"
    # clear
    You write that you are well and eating. You write about the weather and a dog in the zone that doesn't exist. You write that the work is light. She will know every line is a lie, and she will keep the letter anyway, under the icon, with the other one. #id:j.jday37.1839
* [Tell her what you build, and nothing else #id:j.jday37.bb94]
    ~ j5_letter = "work"
    # clear
    You write about valves, coils, a transformer saved from a projector, how sound goes down a wire. Two whole sides. She won't understand a word. She'll read it to the neighbours anyway, slowly, the way she read your school reports. #id:j.jday37.29f3
-
~ j_carried = "letter"
# clear
{j_photo:You fold the drawing inside, the young man in the turned collar.|You have nothing to put inside it, so you cut a lock of your hair with Stasys's wire-cutters and fold that in.} You fold the page into a square and put it in your shirt. For when letters go, you think, as you have thought for five years. #id:j.jday37.26cb
-> j_day_38

// ---------------------------------------------------------------- Tuesday 22 June
=== j_day_38 ===
~ day = 38
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: tech_rooms
Tuesday, 22 June. After noon a man knocks at the door of the rooms and stays on the step, not one pace past the sign: the clerk with the clean hand, who passed the demands out of the hall windows on 27 May. {j5_letter == "truth":Yesterday you wrote your mother that you are hungry.|Yesterday's letter crackles in your shirt.} #id:j.jday38.64f9
# clear
# note: j_megaphones_towers
"For tonight," he says, holding out two sheets. "From the commission. For the soldiers." The script is in ink, in a small upright hand: three points, and nothing else. #id:j.jday38.4bee
# clear
# crossing: c3b
You spread it on the bench beside the loudspeaker you have in pieces. Then the door again: Halyna, with a bundle of mended shirts. {j_proposal == "yes":You stand up so fast the stool falls over; the men around you pretend to be very busy.|You smile at her, and look down again very quickly.} #id:j.jday38.d319
# clear
{j_photo:{j_proposal == "yes":The drawing is folded inside the letter to your mother, in your shirt. She touches the place with one finger, and says nothing.|"The drawing is in my letter," you tell her, "for my mother. When letters go." She nods. She turned that collar.}|{j_proposal == "yes":"When this is over," you say, "I'll sit for my mother's picture in a shirt you made. Not before." It is the first time you have said "when this is over" to her.|Your collar is frayed to the threads. You turn it inside when she looks, and talk about the amplifier instead, quickly: valves, coils, a transformer you saved from the projectors.}} #id:j.jday38.0c8a
# clear
# note: loudspeakers_radio
# fact: c3b.tonight
# fact: c3b.settlement
"Tonight we say it to the soldiers," you tell her. "That we're hungry. That the stores are nearly gone. That we ask for someone from the Central Committee and nothing else." You wipe the solder from your fingers. "They'll hear it on the towers. Whether it goes further, I don't know. Nothing we build reaches the settlement." #id:j.jday38.1406
# clear
# fact: c3b.wire
{j_proposal == "yes":You walk her out past the sign with the skull on it and kiss her on the forehead in front of the technical men, who cheer. "Tonight, listen," you say. "When you hear it, that's my wire."|You walk her to the door, past the sign with the skull on it. "Tonight, listen," you say. "When you hear it, that's my wire." The technical men whistle behind you.} #id:j.jday38.8e8c
~ time_of_day = "night"
# clear
# place: tech_rooms
Night. Tamara sits at the microphone with the script under the lamp. Stasys has the switch. You have the line: your hand on the junction, your ear on the little speaker. {j5_solder == "zone":The line is clean all the way to the women's zone.|The line crackles at the women's end, where the solder didn't go.} #id:j.jday38.0acd
# clear
Tamara reads it as it is written, slowly, not loud. Beyond the wire, on the nearest tower, a torch moves and is still. When she finishes, the microphone is open for a breath longer. #id:j.jday38.b62c
* [Let her last word be the last # place: tech_rooms #id:j.jday38.21bf]
    ~ j5_line = false
    # clear
    You let it go quiet. Stasys throws the switch. Tamara folds the script in four and gives it to you to keep. Beyond the wire the record starts, late, the way a man coughs who has been caught listening. #id:j.jday38.97e7
* [Lean in and say one line of your own # place: tech_rooms #id:j.jday38.9371]
    ~ j5_line = true
    ~ j_loud_up("script")
    # clear
    You lean past Tamara. "Boys on the towers," you say, in your careful Russian with the Baltic in it. "Don't shoot at hungry men. Don't come in." Stasys throws the switch hard. For a long moment no one in the room says anything. Then the record starts beyond the wire. #id:j.jday38.da52
-
# clear
# discuss: j_who_heard
# note: sympathy_strike
{j5_line:"They'll know that voice now," Stasys says, not angrily. "You gave them your voice for nothing." "Not for nothing," you say.|Stasys turns the lamp down. "The words were the commission's," he says. "Let them be the commission's."} Outside, Aslan is telling the pickets that a camp near Dzhezkazgan has stopped work, for us. By morning, in the telling, it is two camps. #id:j.jday38.a5f6
-> j_day_39

// ---------------------------------------------------------------- Wednesday 23 June
=== j_day_39 ===
~ day = 39
~ time_of_day = "day"
~ weather = "dust"
~ hunger = true
# clear
# place: barricade_l3
# note: defence_pickets
Wednesday, 23 June. Every man in the barrack takes a turn on the night watch now, the technical men too. Tonight it is yours, with Ostap's brigade at the barricade. {j5_ostap == "with":Ostap says you asked for it, on Sunday.|Ostap says a wire man can use his ears for one night.} Three watches: eleven, one, three. You bring your coat. It is cold before the light, even in June. #id:j.jday39.f581
~ time_of_day = "night"
# clear
Eleven o'clock. The dust has settled into the cracks of the saman. Ostap sets you between two boys with iron bars across their knees. {j5_fire == "ostap":One of them is Rimas. He moves along the brick to make room, without looking at you.|{j5_fire == "went":Rimas is one of them. He has a tin in his coat that he doesn't mention.|Rimas is on the next barricade down; you can hear him arguing about football.}} #id:j.jday39.9afe
# clear
# place: watchtower
One o'clock. The searchlight comes over, and over. From the nearest tower a voice calls across the fire zone, bored, young: "Radio! Is the radio man there?" {j5_line:"Don't shoot at hungry men," it says, in a fair copy of your accent. "We heard you." Somebody behind him laughs.|"Say something, radio. Play us a record. Ours is worn out." Somebody behind him laughs.} #id:j.jday39.00cd
* [Call back: "We're still hungry." # place: barricade_l3 #id:j.jday39.e27b]
    ~ j5_tower = "answered"
    # clear
    "We're still hungry," you call. A pause. "So are we, a bit," the voice says, surprised into it. Then an older voice says something short, and the tower goes quiet. Ostap, beside you, lets out a breath through his nose. "Now they've got two of your lines," he says. #id:j.jday39.a93d
* [Keep your head down, and say nothing # place: barricade_l3 #id:j.jday39.8811]
    ~ j5_tower = "silent"
    # clear
    You keep your head down below the saman. The boy beside you shouts something rude across for you, and the tower shouts something ruder back, and it turns into the old game, boys across a river. You sit in the dark and say nothing at all. #id:j.jday39.fdf8
-
# clear
# place: barricade_l3
Three o'clock. The sky is still black. In an hour it will start to pale, the way it does now, grey first over the steppe. {j5_taught:Rimas, on his watch, has taken a bit of wire from his pocket and is twisting it into a ring, the way you showed him a joint.|Rimas, on his watch, is asleep sitting up, his bar across his knees.} Nothing comes. Nothing comes all night. #id:j.jday39.1216
-> j_day_40

// ---------------------------------------------------------------- Thursday 24 June
=== j_day_40 ===
~ day = 40
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: barrack_jonas
Thursday, 24 June. The zone moves slowly all day, the way a sick house moves. At the bakery in the service yard the oven smokes once, at noon, and every head turns to the smell. In the evening Ostap comes down the barrack with a sheet of paper and a pencil stub behind his ear. #id:j.jday40.6ed5
# clear
# note: defence_pickets
His rota, in square letters on the back of a work-roll: #id:j.jday40.688e
THE GUARDHOUSE BARRICADE: THE BRIGADE, FROM MIDNIGHT. #id:j.jday40.5d08
THE ROOFS: STONES, AND EYES. #id:j.jday40.387c
THE RADIO AND THE LINES: THE TECHNICAL MEN, AS THEY SAY. #id:j.jday40.ad34
THE BARRACK: THE DOOR, AND THE SICK. #id:j.jday40.3dbc
# clear
{j_list:Your name is already there, under the barricade, where he wrote it on the eighth: VAITKUS. He doesn't ask you about it. He only taps it with the pencil as he goes by.|Your name is not under the barricade: you asked him to take it off on the eighth, and he did. He stops by your bunk all the same.} {j5_ostap == "with":"You said here, with me, on Sunday," he says. "I wrote it down in my head."|{j5_ostap == "wire":"You said the wire, on Sunday," he says. "I've written you at the wire."|}} # speaker: ostap #id:j.jday40.29cc
# clear
{j5_stranger == "stasys":"Your man with the tobacco," Ostap says, low. "Stasys told me. He's been asking about the rooms in three barracks. The commission's security men have their eye on him now."|{j5_stranger == "asked":"The curious fellow from the 2nd has been round again," Ostap says. "Asking who works the rooms. Asking names." He looks at you. "You gave him none?" You shake your head.|"There's a fellow with tobacco going round asking about the rooms," Ostap says. "You told him it was wire, I hear. Good. Tell everyone it's wire. It's true enough."}} # speaker: ostap #id:j.jday40.5521
# clear
{j5_fire == "ostap":Rimas's name is on the barricade in Ostap's square letters, where you put it, in a way, on Friday night.|Rimas's name is on the barricade, in his own crooked hand: he wrote it himself.} Ostap holds out the pencil. "Where do you want him?" he says. "You know him best." # speaker: ostap #id:j.jday40.060b
* [Leave him at the barricade, where he wants to be # place: barricade_l3 #id:j.jday40.42e3]
    ~ j5_rota = "barricade"
    # clear
    "Where he wants to be," you say. "He'd only walk back to it." Ostap nods and leaves it. Across the barrack Rimas, who heard every word, looks at you for the first time in a while. {j5_fire == "ostap":It is not forgiveness. It is something nearer to respect.|He grins, and looks away.} #id:j.jday40.92ad
* [Ask for him on the lines, with the technical men # place: tech_rooms #id:j.jday40.f44d]
    ~ j5_rota = "wire"
    # clear
    "Give him to me," you say. "On the lines. I need hands, and his are good." Ostap crosses out and writes. Rimas, who heard every word, says nothing at all for an hour. {j5_taught:Then he comes and asks what he has to carry.|Then he comes and asks, roughly, what a junction is.} #id:j.jday40.5f71
* [Ask for him in the barrack, by the door # place: barrack_jonas #id:j.jday40.fdb4]
    ~ j5_rota = "door"
    # clear
    "The barrack," you say. "The door. Someone has to watch the door." Ostap looks at you for a long time. "You're his mother now?" he says, but he writes it. Rimas, who heard every word, goes out and slams what is left of the door. #id:j.jday40.c605
-
# clear
# place: barrack_jonas
At lights-out the barrack argues in whispers about who sleeps by the window. It is the most ordinary sound in the world. You lie with the letter in your shirt, crackling when you breathe, and tomorrow is Friday. #id:j.jday40.332d
-> j_day_41

// ---------------------------------------------------------------- Friday 25 June
=== j_day_41 ===
~ day = 41
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: barrack_jonas
# note: june25_decorations
Friday, 25 June. Nothing in the zone marks the day. You wash your face in a tin of water and put on your other shirt, the one with one button, and move the letter into it, against your skin. #id:j.jday41.c549
# clear
# place: tech_rooms
At the bench Stasys puts things away in the order he will want them: iron, pliers, the last valves wrapped in rags. {j5_promise == "refused":He does not mention Thursday. He only shows you where he keeps the key to the inner room, and that is its own kind of mention.|{j5_promise == "asked":"About what a valve is worth," he says, not looking up. "Remember." You do.|"Switch, crate, hands on your knees," he says, not looking up. You say it back to him.}} # speaker: stasys #id:j.jday41.9959
{
- bond_halyna >= 2:
    -> evening
- else:
    -> alone
}

= evening
# clear
# crossing: c4c
{
- j_proposal == "yes":
    # place: barrack_jonas
    You carry a tin cup of the café's "coffee" across the zone for her without spilling a drop, and share it on the step of your barrack while men pretend not to look at a married couple. You touch the embroidery at her collar, red and black, with one finger. #id:j.jday41.c2b2
- else:
    # place: lagpunkt_3
    You wait by the gap in the wall, by accident, you will say. When she comes you walk the length of the zone together, slowly, the way people walk home after Mass. You tell her the embroidery at her collar, red and black, is beautiful, and go red to the ears. #id:j.jday41.08eb
}
# clear
# fact: c4c.letter
You take the letter from your shirt, folded round something stiff. "For my mother," you say. "In Lithuanian; you can't read it, and that's better. {j_photo:The drawing is in it.|There's a lock of hair in it. It's all I have to send.} When letters go, would you..." You stop. "A woman's things are searched less. Or so they say." #id:j.jday41.54c6
# clear
{
- bond_halyna >= 4:
    # clear
    # speaker: halyna
    She takes it, warm from your shirt, and puts it inside her blouse, against the embroidery. "Until letters go," she says. {j_proposal == "yes":"Until then," you say, and it sounds like a vow, the second you have made her.|You go quiet, like a man who has been promised more than he asked for. Perhaps you have.} #id:j.jday41.1eb9
    ~ j_carried = "none"
- else:
    # clear
    # speaker: halyna
    "You'll send it yourself," she says. "With your own hands, from here, when the post comes back." You put it away again. "All right," you say. "From here." You believe her, or want to. #id:j.jday41.9713
}
# clear
{j_proposal == "yes":"At home," you say, "we would have a house by now." "Tell me about it," she says. You tell her: the stove, the window, where the table goes. You argue about the table. At dark you walk her back towards the women's zone.|You tell her the whole plot of a book you read at fifteen, and she lets you. At the edge of the women's zone you stop. "Tomorrow," you say, "I'll tell you the next one." She says she will hold you to it.} #id:j.jday41.091d
-> night

= alone
# clear
# place: barrack_jonas
In the evening you sit on the step with the letter in your hands and read it over, twice. {j5_letter == "truth":Hungry, and of use, and not afraid: two of the three are true.|{j5_letter == "comfort":Well, and eating, and a dog that doesn't exist. She will see through it at the first line, and keep it anyway.|Valves and coils, and one line at the bottom, which is the only one that matters.}} You fold it again along the same creases. #id:j.jday41.abd1
# clear
Across the zone, along the line where the wall was, people walk in pairs in the last of the light, the way people walk a town on a feast day. Someone is playing a mandolin, badly. {j5_fire == "ostap":Rimas walks past the step and, for the first time in a week, stops.|Rimas sits down on the step beside you and steals half your cigarette.} #id:j.jday41.00c3
# clear
"Who's that for?" Rimas asks, nodding at the letter. "My mother," you say. He thinks about it. "Mine can't read," he says. "I'd have to send her a drawing of a cow." He laughs, and then doesn't. You put the letter back in your shirt. It will go with you wherever you go tonight. # speaker: rimas #id:j.jday41.9bd2
-> night

= night
~ time_of_day = "night"
# clear
# place: barrack_jonas
Eleven o'clock. The barrack settles: coughing, a whisper, boots set down with the laces loose. {j5_rota == "wire":Rimas is waiting for you by the door with a coil of wire over his shoulder, like a boy waiting to go fishing.|{j5_rota == "door":Rimas is on the stool by the door, as you asked, with his bar across his knees and his face turned away.|Rimas has already gone out to the barricade; his blanket is folded square.}} Ostap's brigade goes out in twos. #id:j.jday41.cee6
# clear
{j5_asked == "when":Beyond the wire, for once, no record is playing. When it goes quiet out there, Ostap said on Sunday, put your boots on. You find that you have.|{j5_asked == "believe":Beyond the wire the record plays on. A man with a hope can be led, Ostap said on Sunday. You try to have none, and fail.}} #id:j.jday41.fb21
{j5_tower == "answered":Somewhere out on the towers a boy knows two of your lines now.|{j5_line:Somewhere out on the towers they know your voice: don't shoot at hungry men.|Out on the towers no one knows your voice, as far as you know.}} {j_promise:Switch, crate, hands on your knees: you promised Stasys.|You never gave Stasys his promise. It is still in your mouth, unsaid.} Where you spend the night is yours to choose. #id:j.jday41.f65a
* {j_duty == "brigade" || j_anger >= 2} [Go out to the barricade with Ostap # place: barricade_l3 # history: where_at_night #id:j.jday41.d4aa]
    ~ position = "barricade"
    # clear
    You take your coat and go out. Ostap makes room for you on the saman without a word. {j5_rota == "barricade":Rimas is two places down, grinning.|Rimas is not here; you made sure of that.} You sit with your back to the brick and the letter against your ribs. #id:j.jday41.9490
* {j_duty == "bench"} [Sit the night in the rooms with Stasys # place: tech_rooms # history: where_at_night #id:j.jday41.9df4]
    ~ position = "tech_rooms"
    # clear
    You go to the rooms. Stasys is on his crate by the switch with his hands on his knees, already, practising. He nods at the other crate. You sit. The transformer ticks as it cools. {j5_rota == "wire":Rimas sleeps on the floor under the bench, curled round his coil of wire.} #id:j.jday41.1b01
* {j_duty == "kites"} [Sleep on the roof, by Aslan's string # place: roof_l3 # history: where_at_night #id:j.jday41.d0fc]
    ~ position = "roof"
    # clear
    You climb to the roof of the end barrack. Aslan is lying on his back with his string wound on its stick on his chest, and no paper anywhere. "No wind," he says. "No paper. Good night for stars." You lie beside him and count them, and lose count. # speaker: aslan #id:j.jday41.0979
* [Sit under the pole, by the line # place: loudspeaker_pole # history: where_at_night #id:j.jday41.4fe5]
    ~ position = "pole"
    # clear
    You take your pliers and sit at the foot of the pole by the women's zone, your back to the wood, where the line comes down. From here you can hear the zone, and the wire, and the wire's small hum. If anything is said tonight, you will hear it first. #id:j.jday41.c315
* [Sleep in the barrack, boots on # place: barrack_jonas # history: where_at_night #id:j.jday41.c658]
    ~ position = "barrack"
    # clear
    You lie down on your bunk in your shirt, with your boots on and the laces loose, the way Ostap says. The barrack breathes around you. {j5_rota == "door":By the door Rimas shifts on his stool, awake.|Two bunks away Mykola is awake too; you can tell by the way he lies.} #id:j.jday41.54d4
-
# clear
Midnight. {position == "tech_rooms":Stasys throws the switch. "Save the valves," he says. "For the morning."|Somewhere behind the sign Stasys throws the switch, to save the valves for the morning.} The zone's loudspeakers go silent, and without them the night is very large. {j_carried == "letter":The letter is against your ribs, in a language no one here reads.|The letter is in Halyna's blouse, in the women's zone, warm.} #id:j.jday41.83cb
# clear
One o'clock. Two o'clock. {j5_letter == "truth":You think of the line you wrote your mother: not afraid.|{j5_letter == "comfort":You think of the dog that doesn't exist, and almost laugh.|You think of the one line at the bottom of the letter.}} You close your eyes, and the sky over the steppe does not yet begin to pale. #id:j.jday41.2e94
-> j_day_42
