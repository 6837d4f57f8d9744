// Jonas, Act III "The republic" (first half): j_day_13 to j_day_21 (writer j3).
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.
// Crossings here: c1f (day 13, the board), c3a (day 14, the count), c4a (day 15, the ask),
// c4 (day 17, her answer), c4b (day 18: the noon wedding and the cafe). Her text is the fixed side.

// ---------------------------------------------------------------- Friday 28 May
=== j_day_13 ===
~ day = 13
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = false
~ kites = false
~ hunger = false
# clear
Friday, 28 May. No rail, no count, and the barrack wakes anyway: boots on boards, Rimas coughing in the bunk above. The bread comes on a handcart, one ration the same for everyone; the brigadier's piece is the size of yours. # place: barrack_jonas # note: equal_rations #id:j.jday13.0ce1
# clear
{j_duty == "brigade":You stood the night on the barricade with Ostap's brigade; your eyes feel full of sand.|{j_duty == "kites":Aslan is already on the roof, a wet finger held up to the wind. Not today, he signals. Too still.|Stasys sent word last night: early, and bring your hands.}} By seven you are at the Technical Department's bench in the khozdvor workshops. # place: workshops_khozdvor #id:j.jday13.d4e1
-> door

= door
# clear
Stasys stands at the long bench with a soldering iron in his fist, square and heavy as a transformer and humming a little, and does not look up. "Vaitkus. You read a circuit without moving your lips?" # speaker: stasys #id:j.jday13.3298
# clear
Behind him is a plank door with a skull painted on it, and under the skull: 100,000 VOLTS. The men who go through it shut it fast. The zone argues at night about what is inside: a wireless to Moscow, a bomb, a still. # place: tech_rooms # note: loudspeakers_radio #id:j.jday13.28c7
# clear
"The rooms need a man who can solder and keep his mouth shut," Stasys says. "In there you see nothing and say nothing: not to your bunk, not to your priest, not to a girl. You swear it. Or you stay out here, at the outer bench. Honest work too." # speaker: stasys #id:j.jday13.f9a1
* [Swear, and go through the door #id:j.jday13.e5db]
    ~ j_sworn = true
    ~ bond_up(bond_stasys)
    # clear
    You swear on your mother, because you have nothing else here to swear on. Inside: benches, a smell of rosin and hot dust, valves in a row like eggs in a tray, and a heavy black cable coming through the back wall from somewhere you are not told. # place: tech_rooms #id:j.jday13.aa4a
* [Stay at the outer bench: you've sworn enough #id:j.jday13.2dec]
    # clear
    "At seventeen I swore an oath with three other schoolboys," you say. "We all got twenty-five years for it." Stasys hands you a box of broken headphones. "Outer bench, then." The plank door shuts. Behind it someone laughs, and something hums. #id:j.jday13.7eb5
- -> boards

= boards
~ time_of_day = "day"
# clear
At noon Stasys brings out six planks from a torn-down fence, a tin of whitewash and a pot of soot stirred into machine oil. "We have no mines," he says. "We have paint." # place: service_yard # note: defence_pickets # speaker: stasys #id:j.jday13.6a3b
# clear
He letters the first board himself, big and square: CAUTION! MINED! Then he holds the brush out to you. A soldier with field glasses will read it from a tower and have to decide whether to believe it. # discuss: j_bluff_board #id:j.jday13.2f63
* [Paint one yourself, in your own letters #id:j.jday13.0971]
    ~ j_board = true
    # clear
    You paint CAUTION! MINED! in letters a hand high. At seventeen you wrote the truth on paper and went to prison for it. Now you write a lie on a plank, in the open, and let the other side do the worrying. #id:j.jday13.ac28
* [Mix the paint; let Stasys do the letters #id:j.jday13.b207]
    # clear
    You mix the soot and hold the planks while Stasys letters all six, the tip of his tongue between his teeth. At seventeen it was your handwriting they read out in court. You would rather the officers squinted at his. #id:j.jday13.b34f
- -> evening

= evening
~ time_of_day = "evening"
# clear
In the evening you carry {j_board:your own board|one of Stasys's boards} to the guardhouse of the women's zone, where the barricade is chest-high behind loose coils of barbed wire, and wedge it against the saman, letters out. # place: guardhouse # crossing: c1f #id:j.jday13.c726
# clear
Below you two women have stopped to read it: an older one, thin and upright, and Halyna Savchuk. "Is it?" the older one asks. {bond_halyna >= 2:Halyna looks up at you and waits for your answer.|Halyna looks at the board, not at you.} #id:j.jday13.653b
# clear
You come down off the barricade {bond_halyna >= 2:to walk them back|and ask if you may walk them back}. "There's nothing under it," you tell them. "Only the word. We hope the word is enough." The older woman laughs, one short dry laugh, like a teacher who has heard a good excuse. # fact: c1f.word #id:j.jday13.824e
# clear
You say goodnight at their barrack door. {j_sworn:Your oath sits in your chest like a swallowed coin. When Rimas asks where you were all day, you say: the workshops.|When Rimas asks where you were all day, you tell him: headphones and boards. It bores him.} # place: barrack_jonas #id:j.jday13.48c9
-> j_day_14

// ---------------------------------------------------------------- Saturday 29 May
=== j_day_14 ===
~ day = 14
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Saturday, 29 May. The wind comes off the steppe with grit in it, and you are four metres up a pole in the 3rd with a loudspeaker horn roped to your back. Below, Rimas holds the ladder badly, watching the towers. # place: loudspeaker_pole #id:j.jday14.2811
# clear
The horns came out of the khozdvor with two film projectors, each with an amplifier inside. {j_sworn:You spent the night behind the skull door with Stasys, coaxing the valves to life.|Stasys's men coaxed them to life behind the skull door while you wound wire.} Now the wire runs from pole to pole, and you make the last joint with cold fingers. # note: loudspeakers_radio #id:j.jday14.405a
# clear
At noon, with the whole barrack standing in the dust below, the horn above your head coughs. Then Stasys's voice comes out of it, a little hoarse, counting. "One, two, three. Can the first lagpunkt hear us?" # crossing: c3a # fact: c3a.count # speaker: stasys #id:j.jday14.8e5a
# clear
A silence. Then, thin with distance, from the far end of the camp: women's voices, hundreds of them, shouting back that they can. Rimas lets go of the ladder to cheer. You hold on to the pole with both arms and laugh into the wood. #id:j.jday14.b4d1
{ bond_halyna >= 1:
    -> explain
}
-> pole_night

= explain
~ time_of_day = "evening"
# clear
In the evening Halyna finds you by a pole at the edge of the women's zone, taping a joint. How does a voice get from the 3rd to her barrack? You explain with your hands, the only way you can explain anything in Russian. # place: women_zone #id:j.jday14.75e7
# clear
Two projectors, two amplifiers, wire, poles. "And the current?" she asks. You smile and say: from the technical department. {j_sworn:It is all your oath allows.|You know no more yourself; you have only seen the cable go under the skull door.} #id:j.jday14.27a5
# clear
She looks up at the horn for a while. "And you?" she asks. "Before. What did you do with wires, in Kaunas?" It is the first time anyone here has asked what you were, rather than what you are for. #id:j.jday14.f115
* [Tell her about the leaflets: the paper that got you here #id:j.jday14.d93c]
    ~ bond_up(bond_halyna)
    ~ j3_evening14 = "paper"
    # clear
    You tell her: a borrowed duplicator in a cellar, four schoolboys, a hundred leaflets of two sentences each that you thought were brave, and the knock at four in the morning. She listens without interrupting. "Paper," she says at last. "With me it was bread and paper. With them it's always paper." # speaker: halyna #id:j.jday14.aa9e
* [Tell her about radios: the shop, the valves #id:j.jday14.549f]
    ~ j3_evening14 = "wires"
    # clear
    You tell her about the repair shop on Laisvės alėja, the radios in their walnut cases, the valve that glows before the sound comes. You do not tell her the rest. At her door she thanks you politely for the lesson. # place: women_barrack #id:j.jday14.d94f
- -> j_day_15

= pole_night
~ time_of_day = "evening"
# clear
In the evening you stay by the pole in the 3rd, where the wind keeps working a joint loose, and Rimas stays with you. He has been quiet since noon. "A loudspeaker," he says. "They shot our people in the yard, and we build a loudspeaker." # place: loudspeaker_pole # speaker: rimas #id:j.jday14.e921
# clear
The microphone sits on a crate at the foot of the pole, still live; Stasys has gone to eat. Rimas looks at it the way he looked at the brick on the first Sunday. "Let me say something into it. One thing. To the towers." # speaker: rimas #id:j.jday14.3e37
* [Let him: the towers should hear one of us #id:j.jday14.aa1c]
    ~ j3_evening14 = "mic"
    # clear
    You nod. Rimas bends to the microphone and says, very clearly, in Russian: "We are not cattle." The horn carries it over the wire. On the nearest tower a figure turns round. Rimas straightens up, red to the ears, and grins at you for the first time since noon. #id:j.jday14.2add
* [Switch it off: it isn't yours to give #id:j.jday14.ea78]
    ~ j3_evening14 = "pole"
    # clear
    You reach past him and turn the switch. The horn clicks and goes dead. "It's Stasys's," you say, "and the commission's." Rimas stares at you, then at the switch. "Everything's somebody's," he says, and goes to bed without you. # speaker: rimas #id:j.jday14.ad75
- -> j_day_15

// ---------------------------------------------------------------- Sunday 30 May
=== j_day_15 ===
~ day = 15
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Sunday, 30 May, and the faiths come out into the open. The Lithuanians kneel in the dust by an end barrack, before a table with a white cloth and a crucifix carved from a bedpost. A priest among the prisoners says the Mass in Latin, in a patched jacket. # place: lagpunkt_3 # note: weddings_faith #id:j.jday15.531c
# clear
You kneel among men from Kaunas and Šiauliai and Panevėžys, and find you still know every answer. Across the camp a Ukrainian choir is singing, and a woman's voice climbs out of it alone and holds. {bond_halyna >= 2:You know which choir that is.|Someone whispers that the Ukrainian girls sing like that at home.} #id:j.jday15.cdae
# clear
Antanas Butkus finds you after the blessing, turning his cap round and round. You have known him since a transport in fifty-one. He is marrying Motria, from the women's zone, on Wednesday at noon; Father Ihor in the 3rd will do it. Can you cut two rings? #id:j.jday15.4dca
{ bond_halyna >= 2:
    -> tank
}
-> apart

= tank
# clear
Afterwards you wait by the water tank at the edge of the women's zone, your cap in your hands, rehearsing. {j3_evening14 == "paper":She knows the worst thing about you already, the cellar and the leaflets. That makes it easier, and harder.|She knows about walnut radios and valves, and very little else.} # place: women_zone #id:j.jday15.81b1
# clear
She comes from the liturgy with the choir's sheets under her arm and stops when she sees you. If Antanas can ask, you can. #id:j.jday15.a28b
* [Ask her to think about marrying #id:j.jday15.fbbd]
    ~ j_proposal = "wait"
    -> ask
* [Ask how the horns carried, and say no more #id:j.jday15.3caa]
    # clear
    You ask how the horns carried for the liturgy. Well, she says; a little loud. You talk about the wind. At her door she goes in, and the words you rehearsed go back into your pocket, folded small. A man with twenty years to serve should wait, you tell yourself. #id:j.jday15.bf8d
    -> j_day_16

= ask
    # clear
    You say it too fast, like something rehearsed badly: Father Ihor is marrying people. Then the rest, the part you rehearsed. "I know it isn't a real wedding. No registry, no papers. Outside they'd laugh at it." # crossing: c4a #id:j.jday15.e77f
    # clear
    "But I'm twenty-two, I have twenty years still to serve, and I don't know about after. I know about now." You look into your cap. "Will you think about it? That's all. Just think." # fact: c4a.ask #id:j.jday15.5cae
    # clear
    She tells you she will think. You nod, put the cap on, take it off again, and go. All afternoon you solder the wrong joints, and Stasys watches you burn your thumb twice and says nothing, in a way that says a great deal. # place: workshops_khozdvor #id:j.jday15.c1a0
-> j_day_16

= apart
# clear
On your way back you pass the water tank at the edge of the women's zone. Halyna Savchuk comes by with the choir's sheets under her arm and nods to you, the way you nod to a man from another brigade. You have hardly spoken since the walls came down. If Antanas can ask, you can. # place: women_zone #id:j.jday15.2e08
* [Ask her anyway to think about marrying #id:j.jday15.8999]
    ~ j_proposal = "wait"
    -> ask
* [Nod back and keep walking #id:j.jday15.d023]
    # clear
    In the workshop you find a length of copper pipe, as thick as a thumb, and set it aside for Antanas. Then you sit on the bench in the heat and do nothing at all for an hour, which has not happened to you in five years. It feels like stealing. #id:j.jday15.3ae4
-> j_day_16

// ---------------------------------------------------------------- Monday 31 May
=== j_day_16 ===
~ day = 16
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Monday, 31 May. The bathhouse runs on its schedule, barrack by barrack: hot water, a sliver of soap, clean linen at the door. Order, with no bosses, turns out to be something men do for each other. # place: lagpunkt_3 # note: equal_rations #id:j.jday16.eb97
# clear
"They say Butkus is marrying," the barber announces, scraping your throat, to the whole queue. "And you, Lithuanian?" {j_proposal == "wait":You say she is thinking. The queue approves: thinking is serious.|You say you are marrying the soldering iron. The queue laughs, and you let it.} The razor stops. "Hold still, bridegroom," he says, "either way." #id:j.jday16.3d21
-> cable

= cable
# clear
{j_sworn:Inside the rooms the heavy cable comes through the back wall to a board of switches. Where it comes from, Stasys has never said.|From the outer bench you can see the heavy cable go in under the plank door. Where it comes from, no one out here knows.} # place: tech_rooms #id:j.jday16.c4b4
# clear
This current is the zone's own. Men in the barrack talk of a station, of water somewhere, of a machine. Stasys hears the talk too. "Talk is free," he says. "Current costs." # note: j_power_unknown # speaker: stasys #id:j.jday16.5caa
# clear
That evening Stasys finds your notebook under the valve box, an exercise book bought for tobacco, with the whole circuit in pencil from the cable to the horns, every value, neat as homework. "Who is this for?" "For me," you say. "So I don't forget." # speaker: stasys #id:j.jday16.a691
# clear
"Paper," says Stasys. "They gave you twenty-five years for paper. If they come in, this tells them who built what, and where." He holds it over the stove. "Your hands remember it. Let the stove remember the rest." # speaker: stasys #id:j.jday16.fa76
* [Let him burn it #id:j.jday16.9e9a]
    ~ bond_up(bond_stasys)
    # clear
    You nod. The book curls, and the circuit goes brown from the edges in, the horns last. Stasys claps you on the shoulder, hard. "Good. Now it's only in here." He taps your forehead with a sooty finger, and leaves a mark you find later. # speaker: stasys #id:j.jday16.2b26
* [Take it back and hide it in your boot #id:j.jday16.2b2a]
    ~ bond_down(bond_stasys)
    ~ j3_drawing = true
    # clear
    You take the book out of his hand and tear out the four pages of circuit. They go flat into your boot, under the foot-cloth. Stasys looks at the boot, then at you. "You're a fool," he says, without heat, "and so was I, at your age." # speaker: stasys #id:j.jday16.9ae5
- -> j_day_17

// ---------------------------------------------------------------- Tuesday 1 June
=== j_day_17 ===
~ day = 17
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Tuesday, 1 June. A copper pipe, a vice, and a hacksaw with half its teeth: Antanas needs rings by tomorrow noon, and you are the only man he knows who can cut a ring that comes out round. # place: workshops_khozdvor # note: weddings_faith #id:j.jday17.f57b
{ j_proposal == "wait":
    -> answer
}
-> rig

= answer
# clear
Towards noon Halyna comes into the service yard. She has been to Father Ihor, in his end barrack in the 3rd. He was darning a sock, she says, and finished the heel first. He told her what he tells everyone. He can marry you before God. He cannot marry you before anyone else. # place: service_yard # crossing: c4 # fact: c4.ihor #id:j.jday17.96d6
{
- bond_halyna >= 4:
    ~ j_proposal = "yes"
    # clear
    "There is a wedding tomorrow at noon," she says, "and room for one more couple. I said yes, to him. So now I'm saying it to you." You sit down on a crate in the service yard; your legs have gone. Then you stand up again and cannot stop smiling. # fact: c4.answer.yes # speaker: halyna #id:j.jday17.0984
- bond_halyna >= 2:
    ~ j_proposal = "wait"
    # clear
    "I asked him to wait," she says. "For a freer day." You take it well, or pretend to. "A freer day," you repeat, turning your cap. "All right. You'll tell me when you see it coming." You mean it as a joke. Neither of you laughs. # fact: c4.answer.wait # speaker: halyna #id:j.jday17.db29
- else:
    ~ j_proposal = "no"
    # clear
    "I won't be married behind wire," she says, "with a tower for a witness." It is a plain no, and she does not soften it. You nod too many times. {j_sworn:Then you go back into the technical rooms, and the door with the skull on it shuts behind you.|Then you go back to the outer bench, under the skull on the door, and do not turn round.} # place: tech_rooms # speaker: halyna # fact: c4.answer.no #id:j.jday17.4997
}
-> rig

= rig
~ time_of_day = "evening"
# clear
{j_proposal == "yes":You cut four rings instead of two, and leave the insides of Halyna's rough, as she wants.|You cut two rings and file them round.} Then Stasys wants the wedding heard: one horn, one microphone at Father Ihor's table, the wire along the eaves. Where the horn hangs is up to you. # place: loudspeaker_pole #id:j.jday17.a648
* [On the pole facing the women's barracks #id:j.jday17.a216]
    ~ j3_speaker = "women"
    # clear
    You hang it where the women's barracks will catch every word. At dusk you test it, counting, and from a doorway across the yard a woman you don't know counts back, laughing. Stasys approves. "Weddings are for the people who can't come," he says. # speaker: stasys #id:j.jday17.c82d
* [On the pole facing the nearest tower #id:j.jday17.4e90]
    ~ j3_speaker = "towers"
    # clear
    You turn the horn toward the nearest tower: let the boys up there hear two prisoners promise each other something, for once. Stasys squints at the angle. "The commission talks to them about laws," he says. "You want to talk to them about weddings." He leaves it where it is. # speaker: stasys #id:j.jday17.d8bc
- -> j_day_18

// ---------------------------------------------------------------- Wednesday 2 June
=== j_day_18 ===
~ day = 18
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
{j_proposal == "yes":Wednesday, 2 June. Your wedding day. You wake before the barrack and lie still. In the night someone has blacked your boots with soot and spit, and Rimas, in the bunk above, is pretending very hard to be asleep.|Wednesday, 2 June. Antanas's wedding day. He has shaved twice and cut himself once, and he asks you four times whether the rings are in your pocket. They are. Filed round, they still look like pipe.} # place: barrack_jonas #id:j.jday18.3d81
-> noon

= noon
{ j_proposal == "yes":
    -> wed_us
}
-> wed_them

= wed_us
# clear
Father Ihor marries you in the open at noon, at his table with the embroidered cloth. On the dust lies a rushnyk; you and Halyna step onto it together. The rings are cut from a copper pipe in the workshop, still rough inside: you cut them yourself. Antanas and Motria are married at the same table. # place: women_zone # crossing: c4b # fact: c4b.wedding.theirs #id:j.jday18.6d52
# clear
Mykola stands beside you{j_third_night == "come":, leaning on a stick for the thigh that has not healed}. Maia stands at the back, for the music. The choir sings you in. You say the vows in Lithuanian, then again, badly, in Ukrainian, and the women laugh and cry at once. #id:j.jday18.6f56
# clear
The horn you hung carries every word {j3_speaker == "towers":up to the tower, where a soldier has taken off his cap, perhaps only for the heat|into the women's barracks, where the doors stand open}. Afterwards Mykola takes you by the elbow behind the table. He is not smiling. #id:j.jday18.1a0d
# clear
"If they come," he says, "and they will come, you get her to the floor. Not to a barricade. Not to a microphone. The floor. Promise me." # speaker: mykola #id:j.jday18.e125
* [Promise him #id:j.jday18.4b63]
    ~ j3_noon = "promise"
    # clear
    "I promise," you say. He lets go of your elbow, and the wedding smile comes back onto his face. You have promised something about a morning neither of you can see. #id:j.jday18.08c2
* [Say she'd never forgive either of you #id:j.jday18.aff3]
    ~ j3_noon = "refuse"
    # clear
    "She'd never forgive either of us," you say. "She decides where she lies down." Mykola looks at you a long moment, then laughs, short. "So you do know her," he says, and goes back to the table. You are not sure he has forgiven you. #id:j.jday18.4f89
- -> cafe

= wed_them
# clear
Father Ihor marries Antanas and Motria in the open at noon, at his table, with an embroidered rushnyk on the dust for them to step on. The rings are cut from a copper pipe in the workshop: yours. You stand with the technical men at the loudspeaker pole, headphones round your neck, one hand on the volume. # place: loudspeaker_pole # crossing: c4b # fact: c4b.wedding.nadia #id:j.jday18.90cb
# clear
The vows go out over the zone, one in Ukrainian, one in Lithuanian{j3_speaker == "towers":, and up to the tower, where a soldier leans on the rail to listen|, and into the women's barracks, where the doors stand open}. {j_proposal == "no":Halyna sings in the choir, behind wire, with a tower for a witness. You watch the wires.|{bond_halyna >= 2:Halyna is singing in the choir. You watch the wires, mostly.|The choir sings; you watch the wires.}} #id:j.jday18.2260
# clear
Then Motria's hands shake so badly that the ring goes on the wrong finger and has to come off again, and the horn carries the wedding's laugh over the camp. Motria goes scarlet. A technical man reaches for the switch. "Give the girl a minute," he says. #id:j.jday18.41b9
* [Cut the sound for her #id:j.jday18.912b]
    ~ j3_noon = "cut"
    # clear
    You turn it down to nothing. For half a minute the zone hears only wind, while Antanas works the ring off and on again with his big careful fingers. Then you bring the sound back up for the choir. Motria never knows. Antanas, who saw your hand move, does. #id:j.jday18.9101
* [Leave it up: let the zone laugh with her #id:j.jday18.8459]
    ~ j3_noon = "laugh"
    # clear
    You leave it up. The laugh goes out over the whole camp, and then Motria laughs too, right into the microphone. On the tower a soldier is laughing behind his hand. Stasys, later, calls it the best broadcast of the week. #id:j.jday18.dc5c
- -> cafe


= cafe
~ time_of_day = "evening"
# clear
In the evening {j_proposal == "yes":you and Halyna go to the café, with Maia behind you "to chaperone"|you find Halyna and Maia on the way to the café}: the corner of a barrack, tables of bunk boards, and a count for a host. Count Bobrinsky pours a brewed "coffee" that has never met a coffee bean, and sings old romances to a guitar. # note: cafe_culture #id:j.jday18.d42b
# clear
In the 2nd lagpunkt, you tell {j_proposal == "yes":your wife of six hours|her}, a man draws faces in pencil on the backs of old forms, for a piece of bread. Your mother has no picture of you older than seventeen: a boy in a school cap. #id:j.jday18.afa7
# clear
"I want her to have the man," you say. "For when letters go again. A face." You touch your collar, frayed to the threads; it is the only shirt you have. "I can't go like this. And I can't sew." #id:j.jday18.c004
{ bond_halyna >= 3:
    ~ j_photo = true
    # clear
    She makes you take the shirt off there and then, under Maia's amused eye, and turns the collar by lamplight with a borrowed needle: the worn side in, the good side out. "Tomorrow," she says, "I'll come and stand behind the man with the pencil and make you smile." You look at the collar as if she had made you a coat. # speaker: halyna # fact: c4b.collar.turned #id:j.jday18.6d4f
- else:
    # clear
    "They have your face already," she says. "In your file, front and side. Why give them another?" You are quiet for a while. "She isn't them," you say at last, and put the cup down. The count begins another romance. You listen with your frayed collar turned up against no wind. # speaker: halyna # fact: c4b.collar.face #id:j.jday18.6ce7
}
# clear
{j_proposal == "yes":At lights-out you part at her barrack door, with no wall between your zones. Walking back you keep finding the ring with your thumb, the rough inside of it.|At lights-out you walk back to the 3rd alone, past the horn, silent now, still pointing {j3_speaker == "towers":at the tower|at the women's barracks}. {j3_noon == "cut":Antanas catches you at the barrack door, grips your hand, and says nothing.|Somewhere in the 2nd Antanas is singing, and it carries without any wire.}} # place: barrack_jonas #id:j.jday18.85bb
-> j_day_19

// ---------------------------------------------------------------- Thursday 3 June
=== j_day_19 ===
~ day = 19
~ time_of_day = "dawn"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Thursday, 3 June. Makeev of the 3rd lagpunkt is off the commission, the barrack says over the bread, and a man named Semkin is on it. There are three stories about why, and the loudest says that Makeev never wanted the barricades. # place: barrack_jonas # note: makeev_semkin #id:j.jday19.6216
{ j_photo:
    # clear
    At eight you sit on a bench in the 2nd lagpunkt in your turned collar, while the man with the pencil squints at you over a board. Halyna stands behind him, as she said she would, and pulls faces until you laugh. He draws you twice, one to send and one to keep, and takes one piece of bread for both. # place: lagpunkt_2 #id:j.jday19.87e8
}
-> barricade

= barricade
~ time_of_day = "day"
# clear
By noon the quarrel has come to your own gate. Ostap Hnatyuk's brigade wants the barricade before the 3rd's guardhouse a metre higher, with adobe from what is left of the walls. Makeev thought it pointless, people say: the troops will come whatever we build. Sluchenkov and Knopmus insisted, and they are still on the commission. # place: barricade_l3 # note: makeev_semkin # discuss: j_makeev_defences #id:j.jday19.5827
# clear
{j_board:Your own board leans against the bricks, its letters scoured by the wind.|One of Stasys's boards leans against the bricks, its letters scoured by the wind.} Ostap stands on top, passing bricks along a line of men. Rimas is on the line, grey with dust to the eyebrows. #id:j.jday19.0fb5
# clear
Stasys wants you the other way, running the loudspeaker wire on to the far barracks of the 3rd. {j_duty == "brigade":"It's your own brigade's wall," Ostap calls down. "Your own brigade."|"We need every pair of hands," Ostap calls down, "even a radio man's."} And Rimas has stopped work to look at you. # speaker: ostap #id:j.jday19.646f
# clear
He climbs down and stands in front of you, clay to the elbows, and says it in Lithuanian. "{j_demand == "shootings":You told me they'd investigate the shooting," he says. "Who investigates? Bricks do.|{j_demand == "sentences":You told me they'd cut our sentences," he says. "Nobody cuts anything for men without a wall.|{j_demand == "women":You told me the zones would stay open," he says. "Only if we hold the gate.|They read out eleven demands," he says. "Not one of them holds a gate.}}}" {j3_evening14 == "mic":He has not forgotten that you let him talk to the tower.|{j3_evening14 == "pole":He has not forgotten the switch.|}} Up on the top Ostap waits with a brick in each hand. # history: j_bricks_or_wire # speaker: rimas #id:j.jday19.33ed
* [Go up on the barricade with Rimas #id:j.jday19.740e]
    ~ j_anger_up()
    ~ bond_up(bond_rimas)
    # clear
    You climb up beside Rimas and take bricks from Ostap's hands until your palms are raw. The barricade grows a hand's breadth, then another. It will not stop an army, and every man on it knows it. At dusk Rimas shares his last cigarette with you on the top. #id:j.jday19.c15b
* [Run the wire: the far barracks need to hear #id:j.jday19.0a5c]
    ~ bond_down(bond_rimas)
    ~ j3_wire = true
    # clear
    "Words," Rimas says, when you pick up the coil. "You'll string words at them." You run the wire along the eaves, pole by pole, and at dusk the far barracks hear the evening news with everyone else for the first time. Rimas does not look at you at supper. # speaker: rimas #id:j.jday19.3b25
- -> j_day_20

// ---------------------------------------------------------------- Friday 4 June
=== j_day_20 ===
~ day = 20
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Friday, 4 June. A warm wind from the south-east, blowing toward the settlement. Over the women's zone a kite climbs with a bundle of leaflets swinging under its tail: Aslan's. {j_duty == "kites":You built the frame of that one with him on Wednesday, and feel the pull of it in your own arms.|From the 3rd you watch it go over the wire.} # place: barrack_jonas # note: kites_leaflets #id:j.jday20.9ed0
-> paper

= paper
# clear
Mykola finds you at the outer bench in the afternoon, while Stasys is inside. {j_third_night == "come":He has walked with a stick since the eighteenth of May. You have never said aloud that your silence at the breach brought him into the yard, and he has never said that he knows.|He is thinner since the walls came down, and quicker, and looks round twice before he comes in under the awning.} # place: workshops_khozdvor #id:j.jday20.64c1
# clear
{j_proposal == "no":"Halyna told me," he says first. "Not behind wire. Don't take it hard; she says no to me too."|{j3_noon == "promise":Since the wedding he calls you brother, in Ukrainian, as a joke that is not quite one.|{j3_noon == "refuse":Since the wedding he has been polite with you, which from Mykola is a kind of frost.|{j3_noon == "cut":Antanas has told the whole 2nd what you did with the switch at the wedding. "Kind hands," Mykola says, and that is all he says about it.|"Best broadcast of the week," Mykola says; he heard Motria laugh all the way from the 3rd.}}}} He puts something on the bench: a square no bigger than a stamp, sewn into a scrap of oilcloth. # speaker: mykola #id:j.jday20.d43a
# clear
"Keep this for me," he says. "Not carry: keep. Don't read it. Don't give it to anyone but me. If they come in and I'm gone, burn it." He looks at the skull on the door. "Nobody searches the radio boys." # speaker: mykola #id:j.jday20.79a5
# clear
"What's in it?" you ask, and know before he shakes his head that he won't say. The underground's business, not the commission's. {j3_drawing:There are four pages of circuit in your boot already. One paper more and you are a walking archive.|On Monday you let Stasys burn your own paper, because paper is what they use against you.} #id:j.jday20.4153
* [Take it: it's Mykola's #id:j.jday20.e158]
    ~ j_carried = "mykola_paper"
    # clear
    You take it. It goes into the lining of your cap, where you will feel it every time you put the cap on, which is the point. "What you don't know, you can't say," Mykola says, and is gone toward the 3rd, fast. # speaker: mykola #id:j.jday20.6b8e
* [Refuse: you keep enough silences #id:j.jday20.4fe4]
    # clear
    "I can't," you say. {j_sworn:"I've sworn one silence already. I can't keep two."|"I went to prison for one paper. I won't keep one I can't read."} Mykola takes the square back without argument. "Then forget you saw it," he says. "That's the other half of the job." It is harder than it sounds. # speaker: mykola #id:j.jday20.bd13
- -> j_day_21

// ---------------------------------------------------------------- Saturday 5 June
=== j_day_21 ===
~ day = 21
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Saturday, 5 June. The technical men try a balloon: cigarette paper glued into a bag as tall as a man, a little brazier under it. It rises, drifts the wrong way, catches on the wire and burns. The whole zone groans. # place: fire_zone # note: kites_leaflets #id:j.jday21.e4f5
# clear
{j_duty == "kites":In the afternoon you and Aslan carry the big kite you built together up onto your barrack roof.|{j_duty == "brigade":In the afternoon Ostap lends you to Aslan, who needs a man who can tie a knot that won't slip.|In the afternoon Stasys lends you to Aslan, whose reel jams: you are the man for small mechanisms.}} It hums in the wind before it has left your hands. # place: roof_l3 #id:j.jday21.3fad
-> words

= words
# clear
The Chechens offered the commission kites, and Aslan ties the leaflets under the tail in a bundle made to come loose high up. "The wind does the work," he says. "I only ask it nicely." # speaker: aslan #id:j.jday21.12cc
# clear
The leaflets come from the commission's propaganda service; Knopmus of the 2nd runs it, men say. A few lines, asking whoever finds one to send it on to the Central Committee. # note: kites_leaflets #id:j.jday21.fe29
At the bottom of the stack are three blanks. "One is yours," Aslan says, and gives you a pencil. "Write. The wind can't read." # speaker: aslan #id:j.jday21.65c8
* [Copy the service's words, exactly #id:j.jday21.0ca6]
    ~ j_kite_words = "plain"
    # clear
    You copy the service's lines in square capitals, exactly as given. Nothing of yours is in it. At seventeen you wrote your own words, and four boys paid for them. Today you are a good clerk. #id:j.jday21.1b38
* [Add a line: our mothers don't know we're alive #id:j.jday21.3d9b]
    ~ j_kite_words = "plea"
    # clear
    Under the service's lines you add one of your own: Our mothers do not know if we are alive. If you have a mother, send this on. You fold it in before you can think better of it. #id:j.jday21.93ac
* [Sign it: your name, your mother's street in Kaunas #id:j.jday21.95a7]
    ~ j_kite_words = "names"
    # clear
    Under the service's lines you write your name, and your mother's, Vaitkienė, with the street in Kaunas and the number of the house. If a decent person finds it, she may learn that you are alive. If an officer finds it, he has your name in your own hand. #id:j.jday21.3ce4
- -> launch

= launch
# clear
On the ridge the wind is strong, and the tower is right there, a soldier with field glasses on it. Behind the barrack, in the lee, the kite may not rise at all. "Your hands," Aslan says. "You choose." # speaker: aslan #id:j.jday21.c207
* [Up on the ridge, where the tower sees you #id:j.jday21.0e56]
    ~ j_loud_up("kite_roof")
    # clear
    You stand on the ridge with the string in both fists and the wind leaning on you like a man. The kite goes straight up and over the wire. On the tower the soldier lifts his field glasses to your face. Aslan waves to him. # place: watchtower #id:j.jday21.12fa
* [Behind the barrack, out of the glasses #id:j.jday21.e215]
    # clear
    You run it from behind the barrack, and the kite falls twice onto the roof before a gust takes it. It climbs crooked and late, but it climbs. You can see nothing of the tower, and the tower nothing of you. # place: barrack_jonas #id:j.jday21.a98b
- -> release

= release
# clear
Over the settlement the bundle opens, and the leaflets go down like white birds, {j_kite_words == "names":yours among them, with your mother's street on it|{j_kite_words == "plea":yours among them, with its mothers|yours among them, correct as a clerk's}}. At once there is running outside the wire: warders on foot, on motorcycles, one on a horse, chasing paper through the streets. # place: settlement # discuss: who_saw_the_kites #id:j.jday21.f729
# clear
The guards send up kites of their own to tangle the string; Aslan pays out line, and yours climbs clear. Later the zone sends up smoke balloons with slogans on their sides, and the towers fire at them: at paper, at smoke. {j_loud_deed == "kite_roof":The soldier with the field glasses does not fire. He is still watching the roof.|} #id:j.jday21.eb63
# clear
At dusk you climb down with rope burns across both palms. {j_carried == "mykola_paper":All afternoon Mykola's square of oilcloth has been inside your cap, in full view of a tower. |}{j3_wire:In the far barracks the evening news comes over your wire, and someone has already put the kites into it.|On the barricade Rimas waves to you from the top, a dark shape against the last light.} # place: barrack_jonas #id:j.jday21.47d2
-> j_day_22
