// Jonas, Act III "The republic" (second half): j_day_22 to j_day_30 (writer j4).
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.
// Text-only memory of these days: j4_* in story/variables.ink (block "j4"). Crossings with Halyna's
// days 24 (the concert, c24), 29 (evening prayers, c29) and 30 (her barrack step, c30): their shared
// facts and words are in story/data/crossings.ts, and the tagged lines keep them verbatim.

// ---------------------------------------------------------------- Sunday 6 June
=== j_day_22 ===
~ day = 22
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Sunday, 6 June. Through the open door of the technical rooms you hear the Lithuanians' Mass by the water tank. Stasys has called you in. He has shaved: he shaves for funerals and for questions. {j_duty == "brigade":You come from a night on Ostap's rota, sand in your eyes.|{j_duty == "kites":Aslan's flour paste is still on your fingers.|}} # place: tech_rooms #id:j.jday22.a360
# clear
{j_sworn:"You swore," he says. "So. Whom have you told what is behind that door? Not what you said. Whom." Under the skull on the door it still says 100,000 VOLTS. Two men from another lagpunkt stood at the yard gate yesterday, he says, asking what the technical men make in here.|"You don't know what is behind that door," he says, "and that is how I want it. But you have ears. What does your barrack say about this room?" Two men from another lagpunkt stood at the yard gate yesterday, asking what the technical men make in here.} # note: loudspeakers_radio # speaker: stasys #id:j.jday22.307d
# clear
You think of Rimas in the bunk above, whispering every night: what are you making in there, Jonas, pikes or prayers? You have never answered. {bond_rimas >= 3:He is the nearest thing to a brother you have inside the wire.|Lately he asks it the way you pick at a scab.} Stasys waits. #id:j.jday22.a6e6
* [Tell him: Rimas asks, and gets nothing #id:j.jday22.bd99]
    ~ bond_up(bond_stasys)
    ~ j4_rooms = "told"
    # clear
    "Rimas Butėnas asks," you say. "My barrack. Every night. I tell him valves and dust." "A boy who asks every night is a boy someone else can ask," Stasys says. "Keep him out of the yard." It is said kindly. It is still a name, said aloud in a room with a skull on the door. #id:j.jday22.7a70
* [Say no one asks you anything #id:j.jday22.21e5]
    ~ j4_rooms = "kept"
    # clear
    "No one asks," you say. "They know I don't talk." Stasys looks at you over the mug the way he looks at a joint he does not yet trust. "Good," he says at last. You keep Rimas's name behind your teeth. #id:j.jday22.b8d3
- -> crocodile

= crocodile
~ time_of_day = "evening"
# clear
In the evening, up the pole behind your barrack, you hear the zone's loudspeakers play "Crocodile tears": the bosses' tender concern for the poor women, then who used to beat them. {j_loud_deed == "kite_roof":From up here you can see the tower that watched your kite.|} # place: loudspeaker_pole # note: loudspeakers_radio #id:j.jday22.0d93
# clear
Then the news, read by Slava Yarimovskaya, the zone's best-known announcer, out of a horn you wired with your own hands. Beyond the wire a gramophone record starts, loud, to drown anything meant for the soldiers. # note: authorities_loudspeakers # note: loudspeakers_radio #id:j.jday22.27ca
# clear
{j4_rooms == "told":"Hot water," you tell Rimas on the barrack steps, when he asks what you were making today. He laughs. You don't tell him his name was in the room with the skull this morning.|"Hot water," you tell Rimas on the barrack steps, when he asks what you were making today. He laughs, and you laugh with him, and his name stays with you.} # place: barrack_jonas #id:j.jday22.d575
-> j_day_23

// ---------------------------------------------------------------- Monday 7 June
=== j_day_23 ===
~ day = 23
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Monday, 7 June. The bosses' loudspeakers start at six. Prisoners, go back to work. The coal trains stand at the station, unloaded. Then the record, then the same words. On the bunk above, Rimas tells the ceiling the coal can wait till the end of the world. # speaker: loudspeaker # note: authorities_loudspeakers # place: barrack_jonas #id:j.jday23.9d1e
# clear
At noon Aslan sits on the step of the technical rooms and tells you about the balloon{j_duty == "kites": again. From the next roof, a kite line in your hands, you saw only the smoke. He needs someone to tell.|, again, the one you all watched burn on Saturday, because he needs someone to tell.} Cigarette paper glued sheet to sheet, as tall as a man, and a little brazier under it for hot air. # place: tech_rooms # speaker: aslan # note: kites_leaflets #id:j.jday23.9740
# clear
"It went up," Aslan says, "slowly. Like a soul. Then the wind turned and laid it on the wire." It burned in a minute, while the tower watched. He opens his hands. "A minute. We glued for a week." # speaker: aslan #id:j.jday23.f8a7
# clear
The next one will be smaller, he says, with a frame that holds the fire off the paper. His eyes go to the coil of thin copper on your bench, counted by Stasys every evening. Twenty metres would do it. # speaker: aslan #id:j.jday23.1b01
* [Cut him the twenty metres #id:j.jday23.a559]
    ~ j4_wire = "aslan"
    # clear
    You measure it against your arm, twenty times, and cut. Aslan coils it inside his cap. "When it flies," he says, "I will tell them a Lithuanian held its fire." Tonight Stasys will count the coil. # speaker: aslan #id:j.jday23.e46d
* [Keep it for the bench #id:j.jday23.8c45]
    ~ j4_wire = "kept"
    # clear
    "It's counted," you say. "It isn't mine to give." Aslan shows nothing. "Then bedsprings," he says. "It will burn, and I will tell them it was Lithuanian wire." He laughs. You can't, quite, and he pats your shoulder as he goes. # speaker: aslan #id:j.jday23.422f
- -> evening

= evening
~ time_of_day = "evening"
# clear
At the evening count Stasys runs the copper through his fingers, turn by turn. {j4_wire == "aslan":He stops, measures the rest against his arm, and looks at you. You say: Aslan, a balloon. He says nothing at all, which from Stasys is a paragraph.|It is all there. He locks it in the drawer and gives you the key to hold while he washes, which he has never done before.} # place: tech_rooms #id:j.jday23.4451
-> j_day_24

// ---------------------------------------------------------------- Tuesday 8 June
=== j_day_24 ===
~ day = 24
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
{ j_photo:
    Tuesday, 8 June. Before the bench opens you look again at the two drawings the man with the pencil made of you, in the collar Halyna turned: one to send, one to keep. Don't smile, he said. You failed, both times. # place: tech_rooms # note: cafe_culture #id:j.jday24.b871
- else:
    Tuesday, 8 June. In the morning you are on the roof of your barrack, mending a horn that has buzzed since Sunday. Your collar is frayed to the threads; up here the wind always finds it. # place: roof_l3 #id:j.jday24.28bc
}
-> list

= list
# clear
At noon Ostap Hnatyuk comes down the gangway with a school exercise book, writing the barrack's list: the men who will stand at the barricade when the troops come. Not the night rota. The other list. # place: barrack_jonas #id:j.jday24.2efd
# clear
{ j_duty:
- "brigade": "You're on the rota already," Ostap says, "so you're on this. A man should know where his name is." He turns the book round: VAITKUS, in capitals, between two Ukrainians. # speaker: ostap #id:j.jday24.2fec
- else: "You're at the bench," Ostap says, "and the bench is needed. When they come, the bench won't be. I've written you in." He turns the book round: VAITKUS, in capitals, between two Ukrainians. "If you want it out, say so now. Not on the night." # speaker: ostap #id:j.jday24.faaf
}
# clear
On the bunk above, Rimas has stopped breathing to listen. His own name is on the page already; he made Ostap write it first. {j4_rooms == "told":On Sunday you said his name aloud in a room with a skull on the door; now it is on paper too. |}Ostap waits with the pencil. # discuss: j_the_list #id:j.jday24.2e05
* [Leave your name where it is #id:j.jday24.4777]
    ~ j_list = true
    ~ j_anger_up()
    # clear
    "Leave it," you say. Ostap nods once and closes the book. Above you, Rimas lets his breath go and drums his heels on the boards. Your name is in an exercise book now, in a barrack anyone can walk into. #id:j.jday24.15ec
* [Ask him to strike it out #id:j.jday24.a78f]
    # clear
    "Strike it out," you say. "I'll do what I can do with my hands." Ostap draws one neat line through it, so that it can still be read. "Lines can be rubbed out," he says. Above you, Rimas turns over to face the wall. #id:j.jday24.7a3b
- -> concert

= concert
~ time_of_day = "evening"
# clear
In the evening there is a concert in the dining hall, the tables pushed back, men and women on the same benches. You have run a wire so that the loudspeakers carry the hall to every barrack. You stand at the back with the technical men, one hand on the amplifier's knob. # place: dining_hall_2 # note: cafe_culture # crossing: c24 # fact: c24.concert #id:j.jday24.8210
# clear
A Latvian plays an accordion with two dead keys; at the knob you hear exactly which two. Three Lithuanians sing a song your mother sang over the washing. A Russian recites Pushkin from memory, forgets a line, and two hundred people prompt him. #id:j.jday24.3618
# clear
{ j_photo:
    Across the hall Halyna finds you, and sees the collar she turned, white at your neck. {j_list:By the door Ostap nods to you once, a man on his list.|By the door Ostap does not look your way.} #id:j.jday24.2ded
- else:
    Across the hall you find Halyna among the choir. Your collar is frayed as before. {j_list:By the door Ostap nods to you once, a man on his list.|By the door Ostap does not look your way.} #id:j.jday24.a823
}
# clear
{ bond_halyna >= 3:
    Then the choir, and the new song, the one someone wrote here, with the refrain "We will not be slaves". The choir-mistress nods, and Halyna sings the first line alone. You turn her up a hair, no more. The hall takes the second line from her. # note: cafe_culture # fact: c24.refrain # fact: c24.first_line.solo #id:j.jday24.10da
- else:
    Then the choir, and the new song, the one someone wrote here, with the refrain "We will not be slaves". The choir begins together, forty voices, and you bring them up slowly, so the horns outside won't crack. # note: cafe_culture # fact: c24.refrain # fact: c24.first_line.together #id:j.jday24.bf44
}
# clear
By the refrain the hall is standing, and half a breath later the pole outside throws it over the wire: your wire. Somewhere out there a man may be writing down who sang, and who held the knob. {j_list:Your name is already written down once today.|} #id:j.jday24.466a
-> j_day_25

// ---------------------------------------------------------------- Wednesday 9 June
=== j_day_25 ===
~ day = 25
~ time_of_day = "day"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Wednesday, 9 June. The bosses' loudspeakers have something new, read slowly, twice: an order of the Gulag. The Kengir division is to be disbanded. Unless the prisoners go back to work by the deadline, everyone will be shipped to Magadan, men and women. # speaker: loudspeaker # note: authorities_loudspeakers # place: barrack_jonas # document: gulag_order #id:j.jday25.a760
# clear
In your barrack the men laugh, and then stop. {j_list:Ostap says Magadan is a word, and a barricade is a thing.|Ostap says nothing, and writes nothing, and that is worse.} Rimas says he'll go over the side of the ship. #id:j.jday25.182d
# clear
Stasys has a job for you. That record outside is their weapon, he says: while it plays, nothing of ours reaches the towers. Learn when it starts, how long it runs, when the man turns it over. Sit at the pole with my watch, and count. {j4_wire == "aslan":"And cut nothing off it for anyone," he adds.|"You," he says, "because the copper was all there."} # place: loudspeaker_pole # speaker: stasys #id:j.jday25.5744
# clear
By evening you have it, in pencil, on the back of a work form: #id:j.jday25.104c
Record, the same one, side one: three minutes forty. #id:j.jday25.6cdf
Needle lifted, record turned: twenty seconds. #id:j.jday25.3ea2
The order about Magadan, twice, slowly: one minute ten. #id:j.jday25.0461
At every hour: a silence of nearly a minute. A man out there eats, or smokes. #id:j.jday25.89d2
In that silence a voice would reach the towers. #id:j.jday25.f721
# clear
At dusk the voice outside turns to the chairman: Kuznetsov's release had been approved; now it has been withdrawn. Calmly, like a clerk reading a list, and then again. You write that down too, with the time. # speaker: loudspeaker # note: authorities_loudspeakers #id:j.jday25.ad01
* [Keep the form, folded in your pocket #id:j.jday25.e554]
    ~ j4_timings = "paper"
    # clear
    You fold the form in four and put it in your shirt pocket. Paper is exact. Paper is also what they find, Stasys says. You leave it where it is, and all evening your hand goes to it whenever the record starts. #id:j.jday25.e48d
* [Learn it by heart, and burn it #id:j.jday25.4196]
    ~ j4_timings = "head"
    # clear
    You read it over until you can say it with your eyes shut, the way you learned poems at school, and then you feed it to the stove. Stasys watches it curl. "Heads are searched too," he says. "But slower." #id:j.jday25.83d3
- -> j_day_26

// ---------------------------------------------------------------- Thursday 10 June
=== j_day_26 ===
~ day = 26
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Thursday, 10 June. Nearly four weeks since the first night the men went over the walls. Today's scene is about hunger. You can read the scene, or a short summary. # cn: hunger #id:j.jday26.db3e
* [Read the scene #id:j.jday26.f575]
    -> bread
* [Read a short summary instead #id:j.jday26.e913]
    -> bread_summary

= bread
# clear
The bread comes late. At the hatch the line goes quiet before the weight is said. Nothing has come in from outside for weeks. Rimas eats his piece before he reaches the door. {j_bread == "rimas":He has not forgotten the foreman's bread you gave him in May. He doesn't look at yours.|} # place: bakery # note: rations_hunger #id:j.jday26.381e
# clear
The record of this day that historians read will be the MVD's. Its act will say that from today the prisoners' own commission cut everyone's bread to five hundred grams, and that the stores stood full. You have never been inside the stores. You have the piece in your hand. #id:j.jday26.4cc5
# clear
At the bench your hands are slower than your head, and the smell of hot rosin turns your stomach. Stasys cuts his piece in three with a thread and eats a third at noon exactly, by the watch. {j4_timings == "paper":Then he asks for your form, reads it twice, and hands it back.|Then he asks for the timings; you say them with your eyes shut.} # place: tech_rooms #id:j.jday26.b737
-> towers

= bread_summary
# clear
(Summary.) From 10 June, by the MVD's account, the prisoners' commission cut everyone's bread to 500 grams a day; the same record claims the stores were full. In the zone nothing comes in from outside, and what the stores hold, no one on the bench can say. You get the same as everyone, and by afternoon your hands feel it. # note: rations_hunger #id:j.jday26.bd58
-> towers

= towers
~ time_of_day = "night"
// The short bread costs everyone the same (as on Halyna's day 26); no choice touches it.
~ health_down(1)
# clear
After dark the zone's broadcast for the soldiers goes out, slowly, so every word can carry: do not shoot at us; do not come into the zone. Then men go out with megaphones, cones of tin you rolled at the bench{j4_wire == "aslan": from a sheet Aslan brought you, for the copper|}, to say it closer, at the foot of the towers. # place: watchtower # note: j_megaphones_towers #id:j.jday26.1887
# clear
{j_list:Ostap sends you, as a man on his list.|Ostap's brigade goes, and you go too: you made the cones.} With you go Rimas and Fedya, a Russian with a voice like a deacon's. Forty steps from the tower, in the dark, you wait for the record to stop. #id:j.jday26.b44b
# clear
The record stops. Up on the tower a match flares: a face the size of a fingernail, lighting a cigarette. Fedya holds out his hand for the cone. So does Rimas. You have the cone, and your Russian with its Baltic lilt, which anyone who heard it once would know again. # discuss: j_soldiers_audience #id:j.jday26.7429
* [Say the line yourself #id:j.jday26.8d88]
    ~ j_loud_up("megaphone")
    # clear
    "Soldiers," you say into the tin, and your voice comes out bigger than you are. "Do not shoot at us. Do not come into the zone." The lilt is in every word. On the tower the cigarette stops halfway to a mouth. Then the record starts again, and you run back bent double. #id:j.jday26.c52e
* [Give the cone to Rimas #id:j.jday26.6fc1]
    ~ j4_megaphone = "rimas"
    # clear
    Rimas says the line, loud and well. Then he adds his own: "Come in and try!" On the tower the cigarette goes out. Fedya pulls Rimas down by the collar. The record starts again. Running back, Rimas is laughing, and you can't tell whether it is joy or the other thing. # speaker: rimas #id:j.jday26.b502
* [Give the cone to Fedya #id:j.jday26.be09]
    ~ j4_megaphone = "fedya"
    # clear
    Fedya says it like a deacon reading the Gospel: "Soldiers. Do not shoot at us. Do not come into the zone." Not a word more. On the tower the cigarette glows, and glows. Rimas spits in the dust. The record starts again, and you run back with nothing of yours out there but the tin. #id:j.jday26.03ca
- -> j_day_27

// ---------------------------------------------------------------- Friday 11 June
=== j_day_27 ===
~ day = 27
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Friday, 11 June. The Magadan deadline has come and gone: no trains, no ships, only the loudspeakers. Stasys has slept on the bench for two nights. {j_loud_deed == "megaphone":He sends for you early, and says first that half the 3rd lagpunkt heard a Lithuanian at the tower.|{j4_megaphone == "rimas":He sends for you early, and asks first whether the Butėnas boy really shouted at a tower.|He sends for you early, and says nothing of the towers.}} # place: tech_rooms # note: authorities_loudspeakers #id:j.jday27.0df7
# clear
{j_sworn:On the inner bench, under a sheet, is a chassis you have watched grow for a week: a short-wave transmitter. "Out there they say we have one talking to the West already," Stasys says. "So we build one. We are obliging people." He hands you the coil former.|He brings a coil former out to the outer bench and tells you how many turns, and of what. Before ten turns you know what a coil like this is for: a short-wave transmitter. You keep your eyes on the wire.} # note: j_transmitter_1954 #id:j.jday27.13a2
# clear
{j4_wire == "aslan":The coil takes the thin copper from the projectors. Halfway, Stasys measures what is left against his arm. "Twenty metres short," he says, "as I counted on Monday." He makes up the rest with flex from a barrack lamp, swearing softly. "It will work," he says. "Worse."|The coil takes the thin copper from the projectors, the copper you kept from Aslan, all of it but a hand's length. "Good you kept it," Stasys says. "There isn't another metre of this in the whole steppe."} # speaker: stasys #id:j.jday27.4561
# clear
{j4_rooms == "told":"Your Rimas was at the yard gate again yesterday," Stasys says, without looking up. "Asking for you. I sent him off."|"A boy from your barrack was at the yard gate yesterday," Stasys says, without looking up. "Butėnas. Asking for you. You told me no one asks." He lets that sit.} Then: "When they come, this is the first thing they'll look for. If they ask who wound the coil, you say Girdauskas. I'm fifty-six. I've had my life." # speaker: stasys #id:j.jday27.50da
* [Say you'll tell them: it's your coil #id:j.jday27.2354]
    ~ j4_coil = "mine"
    # clear
    "It's my coil," you say. "I'll say so." Stasys puts the iron down in its stand, carefully, the way he does everything when he is angry. "Then you're a fool," he says, "and a good mechanic, and I can afford neither." He doesn't speak to you again until evening. #id:j.jday27.2f3c
* [Agree: if they ask, it was Stasys #id:j.jday27.4adb]
    ~ bond_up(bond_stasys)
    ~ j4_coil = "his"
    # clear
    "Girdauskas," you say. "If they ask." Stasys nods once, and looks older, or only tired. "That's sense," he says. "Sense is rarer than courage in here." He pours you half his hot water. #id:j.jday27.f3fa
- -> done

= done
~ time_of_day = "night"
# clear
By night it is finished, and not switched on: tomorrow, Stasys says, when the antenna is up. {j4_coil == "mine":Stasys says good night to the set, not to you.|Stasys says good night to you by name, which he never does.} You lie awake in your barrack, thinking of it under its sheet, not speaking. # place: barrack_jonas #id:j.jday27.cd83
-> j_day_28

// ---------------------------------------------------------------- Saturday 12 June
=== j_day_28 ===
~ day = 28
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Saturday, 12 June. Before light you and Stasys carry the set to the 3rd lagpunkt under a sack of shavings: the rooms behind the sign are the first place anyone will look. It goes under the floor of your barrack's drying room. # place: barrack_jonas # note: j_transmitter_1954 #id:j.jday28.61c4
# clear
All afternoon you measure wire in the drying room, a rag round your head. Stasys's rule: the wire goes up after dark and comes down before light, and no one who doesn't need to know holds the other end. {j4_coil == "his":He has said your name to no one, he tells you. You are to say his.|He still speaks to you only about the wire.} #id:j.jday28.66b2
# clear
Rimas finds you on the ladder at dusk. {j4_rooms == "told":"Your old man had me thrown out of the yard," he says. "Somebody gave him my name."|"Your old man had me thrown out of the yard," he says. "I never told him yours."} {j4_megaphone == "rimas":Since the towers he has been loud all week, and thinner.|{j_loud_deed == "megaphone":Since the towers he has called you "the announcer", and not kindly.|He has been quiet all week, and thinner, which is worse.}} # place: roof_l3 # speaker: rimas #id:j.jday28.4e34
# clear
"In the workshops they're grinding bars into pikes," he says. "And you're hanging wire off a roof to talk to the air." {j_list:"Your name's on Ostap's list, and you're up a ladder with string." |}He holds out his hands for the coil. "Let me do something real." # note: defence_pickets # speaker: rimas #id:j.jday28.5b90
* [Hand him the wire and take him up #id:j.jday28.c2c8]
    ~ bond_up(bond_rimas)
    ~ j4_rimas_roof = true
    # clear
    You hand him the coil. He goes up the ladder like a boy up a pear tree and lies flat beside you, paying out wire into the dark, exactly as you tell him. Stasys's rule is broken, and Rimas is humming. #id:j.jday28.e81d
* [Send him back down, for his own sake #id:j.jday28.0fff]
    ~ bond_down(bond_rimas)
    # clear
    "Go down," you say. "If they find this, they'll want the name of everyone who touched it." Rimas stands with his hands still out. "So it's real after all," he says. "Only not for me." He goes. Later you hear him at the workshop door, asking for Ostap. # place: workshops_khozdvor #id:j.jday28.069e
- -> air

= air
~ time_of_day = "night"
# clear
Near midnight Stasys switches it on, under the drying-room floor, a blanket over both your heads. The valves warm, orange. The needle lifts. The commission's half page goes out into the dark: who we are, where we are, what we ask. {j4_coil == "mine":Through your coil, as you told him, and would tell them.|Through Girdauskas's coil, if anyone asks.} # place: barrack_jonas #id:j.jday28.1991
# clear
{ j_kite_words:
- "plea": On your kite's leaflet you begged the finder to pass it on. Tonight there is no finder to beg: only the air, and whoever may be listening in it. #id:j.jday28.baeb
- "names": On your kite's leaflet you wrote names. Tonight's half page has none. The commission has decided the air needs none, and you think of the names on the ground. #id:j.jday28.a15d
- "plain": On your kite's leaflet you wrote it plain: who, where, what for. Tonight's half page is plainer still, and you are glad of that. #id:j.jday28.2e97
- else: Nothing you have ever written went further than a wall. Tonight's half page may reach the other side of the earth, or nowhere. #id:j.jday28.b41e
}
Then Stasys switches off, and you both listen to the hiss, for an answer that does not come. #id:j.jday28.2807
# clear
Who heard it? A man with a home-made set in Alma-Ata. A ship. Their own listening post. No one. The range, Stasys says, depends on the antenna, the hour, the sky and God. You will never know which. # discuss: j_transmitter_range #id:j.jday28.ac3c
# clear
{j4_rimas_roof:Before light Rimas helps you bring the wire down, coiling it on his elbow without a sound. "So," he whispers. "Did anyone answer?" You say you don't know. He nods, and for once he doesn't argue.|Before light you bring the wire down alone and hide it beside the set. Rimas's bunk is empty until dawn. Then he is in it, asleep in his boots, grindstone dust grey to the wrists.} # place: roof_l3 #id:j.jday28.44d0
-> j_day_29

// ---------------------------------------------------------------- Sunday 13 June
=== j_day_29 ===
~ day = 29
~ time_of_day = "evening"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Sunday, 13 June. Evening prayers in the women's zone, in the wind. Father Ihor says the Our Father slowly, and stops for a moment after "our daily bread", waiting for someone to laugh. The crowd is silent. # place: women_zone # note: weddings_faith # crossing: c29 # fact: c29.bread #id:j.jday29.1e86
# clear
{ j_proposal == "yes":
    Beside Halyna, your wife before God and no one else, you say it in Lithuanian, half a beat behind her Ukrainian: Tėve mūsų, kuris esi danguje. The end of her scarf keeps blowing across your sleeve. # fact: c29.jonas.beside #id:j.jday29.314f
- else:
    You say it in Lithuanian, half a beat behind the crowd: Tėve mūsų, kuris esi danguje. Across the crowd you find Halyna's scarf{bond_halyna >= 2:; she has found you already, and you both look back at the priest|, and she glances your way once, and back at the priest}. # fact: c29.jonas.across #id:j.jday29.c6e2
}
# clear
After the amen Father Ihor does not bless them at once. The hospital has nothing, he says: no medicines, and now the bread is short. Whoever can spare a crust, let him carry it there tonight, to the doctor, and say nothing about it. Then he blesses the crowd. # speaker: ihor #id:j.jday29.9135
# clear
Half your evening piece is in your pocket, wrapped in a rag{j4_timings == "paper":, against the folded form with the record's timings}. You kept it for the bench tomorrow, where the hands must not shake. The hospital is on your way back. #id:j.jday29.8562
* [Take it to the hospital #id:j.jday29.db34]
    ~ j4_hospital = true
    ~ health_down(1)
    # clear
    The doctor takes the rag without looking at what is in it, the way a priest takes a confession. "For the boy with the fever," he says, and that is all. Walking back into the wind, you feel the empty pocket more than you ever felt the bread. # place: hospital #id:j.jday29.148d
* [Keep it for tomorrow's bench #id:j.jday29.88be]
    # clear
    You walk past the hospital with your hand on the rag. A man goes in ahead of you with something in his fist. You tell yourself the bench is for everyone too: the voices, the wires. It is true, and it doesn't help, and you eat the bread at dawn. # place: lagpunkt_3 #id:j.jday29.9882
- -> j_day_30

// ---------------------------------------------------------------- Monday 14 June
// A silent day with no choice (arc §3): the bench, the heat, a valve that will not light.
=== j_day_30 ===
~ day = 30
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Monday, 14 June. Nothing happens, and that is the news. The heat stands in the technical rooms like water in a tank. Stasys sleeps on the bench with his cap over his eyes. Your one job today: a valve from the last box that will not light. # place: tech_rooms #id:j.jday30.4418
# clear
You put it in the socket. Nothing. The filament is whole, a hair in the glass. You clean the pins and try again. Nothing. {j4_hospital:Your hands are slow today, and you know whose bread is in the boy with the fever.|Your hands are steady: the half piece you kept went down at dawn. It was not enough. It was something.} #id:j.jday30.080c
# clear
While the hands work, the head goes where it likes. {j4_coil == "mine":To "It's my coil", and whether you would say it to anyone but Stasys.|To "Girdauskas, if they ask", and how easily it came out.} {j_loud_deed == "megaphone":To your own voice out of a tin cone, lilt and all, and a cigarette stopped on a tower.|{j4_megaphone == "rimas":To Rimas shouting "Come in and try!" at a tower.|To Fedya's deacon voice, and not one word of yours.}} #id:j.jday30.b973
# clear
You hold the valve up to the window. {j4_timings == "paper":In your pocket the form with the record's timings has gone soft with sweat.|In your head the record turns: three minutes forty, twenty seconds, a minute of nothing.} {j4_wire == "aslan":On a roof across the yard Aslan's new frame lies half built: your twenty metres, holding nothing yet.|On a roof across the yard Aslan's new frame lies half built, of bedsprings.} #id:j.jday30.6d05
# clear
At four Stasys wakes, takes the valve from your fingers and looks at it against the light. "Some never light," he says. "You never learn why." He puts it in the drawer with the others and gives you the next one. It lights at once. {j4_coil == "his":He has called you Jonas since Friday.|Since Friday he has called you nothing at all.} # speaker: stasys #id:j.jday30.63b2
-> step

= step
~ time_of_day = "evening"
# clear
{
- j_proposal == "yes" and j_photo:
    In the evening you sit with Halyna on her barrack step, your shoulder against hers, while the searchlight comes and goes. You show her the drawing: a pencil face on the back of a work form, a young man in a turned collar, failing not to smile. It goes back in your shirt pocket, for your mother, for when letters go. # place: women_barrack # crossing: c30 # fact: c30.step # fact: c30.together # fact: c30.drawing #id:j.jday30.9a62
- j_proposal == "yes":
    In the evening you sit with Halyna on her barrack step, your shoulder against hers, while the searchlight comes and goes. You talk about Kaunas, a river, a bridge, the lime trees on Laisvės alėja in June. Your collar is still frayed. # place: women_barrack # crossing: c30 # fact: c30.step # fact: c30.together # fact: c30.drawing #id:j.jday30.5f74
- j_photo:
    In the evening you carry a coil of wire through the women's zone, for a horn on the bathhouse pole. Halyna sits on her barrack step with Maia while the searchlight comes and goes. You stop and show her the drawing: a young man in a turned collar, failing not to smile. "For when letters go," you say, and go on. # place: women_barrack # crossing: c30 # fact: c30.step # fact: c30.together # fact: c30.drawing #id:j.jday30.69d2
- else:
    In the evening you carry a coil of wire through the women's zone, for a horn on the bathhouse pole. Halyna sits on her barrack step with Maia while the searchlight comes and goes. You lift your cap to her, and go on, your collar still frayed. # place: women_barrack # crossing: c30 # fact: c30.step # fact: c30.together # fact: c30.drawing #id:j.jday30.2e4e
}
# clear
In your barrack the men lie still in the heat, saving their strength. {j4_rimas_roof:Rimas sleeps with the roof's dust still on his elbows.|Rimas comes in late, smelling of the workshop's grindstone, and lies down without a word.} {j_list:Passing, Ostap taps the frame of your bunk once: a man on his list.|Ostap passes your bunk without stopping.} Tomorrow is Tuesday, the fifteenth of June. # place: barrack_jonas #id:j.jday30.ce7d
-> j_day_31
