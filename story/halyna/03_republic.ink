// Halyna, Act III "The republic": day_13 (Fri 28 May) to day_30 (Mon 14 June 1954).
// Globals this act changes (and nothing else):
//   day_14  ties_up()                          Mykola's papers            # history: carry_messages
//   day_17  married = true, bond_up(bond_jonas) Father Ihor               # history: marry_in_zone
//   day_25  trust_up()+hope_up() / trust_down()+hope_down()   the loudspeaker on Kuznetsov
//   day_26  health_down(1) on every path        bread cut to 500 g
//   day_28  helped_leaver = true                Oksana                     # history: oksana_leave
//   day_29  health_down(1) on every path
// Reads: role (13, 16, 23, 26), bond_jonas, bond_mykola, bond_vera, mykola_hurt, ties_underground,
// trust_commission, married, hope, health, helped_leaver.
// Everything else is a flavour choice: its effect is told on the same screen.
// Fiction, labelled as reconstruction in the notes: the weddings, Father Ihor, Aslan, Oksana,
// the pickets' words. History: FB §5.1-5.6 and addendum §1, §3-5, §9, §11, §13.

=== day_13 ===
~ day = 13
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = false
~ kites = false
~ hunger = false
# clear
Friday, 28 May. The morning after the demands were read, no bell calls anyone to work and no column forms at the gate. The zone wakes anyway, out of habit: boots on boards, coughing, a kettle somewhere. On the barrack steps Maia sits with both hands round a tin mug, watching the towers as if they were weather. # place: women_barrack
-> bread

= bread
# clear
The bread comes from the bakery on a handcart, and a new rule comes with it. One ration, the same for everyone: no extra piece for the brigadier, the clerk or the cook. It is the commission's rule, the women at the hatch say. The woman who kept the barrack's books all winter gets a piece the size of yours, weighed in front of everyone. # place: bakery # note: equal_rations
# clear
Maia breaks her piece in two and puts half inside her jacket for the evening. "All my life," she says, "somebody else has decided what I am worth in bread. Now we decide it ourselves, and it comes out the same for everyone." She does not sound unhappy. # speaker: maia # discuss: equal_shares
-> work

= work
~ time_of_day = "day"
{ role:
- "kitchen":
    # clear
    You work the cauldrons with Vera Sidorenko now. Porridge for thousands, from stores nobody will refill. Every morning Vera counts the sacks with a pencil stub and writes the number on the whitewashed wall by the hatch, where everyone in the line can read it. # place: kitchen
    # clear
    Today a man from the supply department comes in, reads the wall and frowns. People read it, he says, and then they worry, and then they hoard. Vera is out at the stores. He hands you a wet rag. "Rub it out. Keep the count in a book, for the commission."
- "hospital":
    # clear
    You work in the hospital now. The beds are full and the shelves are bare: the authorities send no medicines into a zone in revolt. There is boiled water, there are clean rags, and there is the laundry, which washes for the ward every day. # place: hospital # note: equal_rations
    # clear
    In the corner bed lies a man who was a brigadier all winter, and a hard one. Each morning his bread goes missing from his shelf. Today you see who takes it: the boy in the next bed, whose brother the brigadier once sent to the punishment cell.
- "messenger":
    # clear
    You run for the women's representatives now: lists, rotas, questions to the commission and answers back. Today it is the list for the night watch at the barrack doors. Everybody takes a turn, the representatives say. Everybody, from the youngest to the oldest. # place: women_zone # note: equal_rations
    # clear
    Behind the bathhouse a woman from barrack 8 stops you. She is afraid of the dark, she says, badly, since a winter night in the punishment cell. She cannot sit at a door all night. Could her name just not be on the list? Nobody reads those lists but you. # place: bathhouse
- else:
    # clear
    The sewing workshop in the service yard still runs, but nobody sews officers' tunics now. You mend for the zone: collars, knees, jackets for the men who sleep on the ground behind the barricades. # place: sewing_workshop # note: equal_rations
    # clear
    Today the forewoman comes back. She kept sewing for the bosses when most of you had stopped, and the women have not forgotten it. She stands in the doorway with her thimble already on. Lida turns her back. There is a free machine next to yours.
}
* {role == "kitchen"} [Rub the number out]
    # clear
    You rub it out. The wall by the hatch is a grey smear. At noon Vera sees it and says nothing for a long time. Then she takes a notebook from her apron and writes the number in it, very small. "So now it's a secret," she says. "Secrets are easy to carry. Until they aren't." # speaker: vera
* {role == "kitchen"} [Leave it up for everyone to read]
    # clear
    "Vera counts for the zone," you say. "The zone can read." The man looks at you, and at the rag, and takes it away with him. At noon the women in the line read the number, then look at their bowls, and nobody asks for more than she is given. Vera winks at you.
* {role == "hospital"} [Tell the doctor]
    # clear
    You tell the doctor. He moves the boy to the far end of the ward without a word to anyone, and from then on hands the brigadier his bread himself. The boy looks at you the way a barrack looks at a stukach. The brigadier never thanks you. You didn't do it for him.
* {role == "hospital"} [Say nothing: the boy has his reasons]
    # clear
    You say nothing. Each morning the brigadier's shelf is empty, and each morning he looks at the ceiling and says nothing either, as if he were paying something off. The same ration for everyone, the commission said. You wonder whether this counts.
* {role == "messenger"} [Leave her name off the list]
    # clear
    You copy the list again without her name. Nobody notices, and that is almost the worst part: how easy it was. That night a girl of seventeen sits the turn at the door of barrack 8 instead. You tell no one. You are not sure whether you were kind, or only soft.
* {role == "messenger"} [Everybody takes a turn]
    # clear
    "Everybody," you say. "I'll ask them to put you with someone." She nods, white. That night you walk past barrack 8 at two and see her at the door with a lamp, an older woman beside her, both sitting very straight. She doesn't look at you.
* {role != "kitchen" and role != "hospital" and role != "messenger"} [Make room for her at the next machine]
    # clear
    You pull the free stool out with your foot. She sits, threads the machine, and sews a seam for a picket's jacket as straight as a ruler. Nobody speaks to her all day. At evening Lida says to you: "You're soft." "Yes," you say. The forewoman hears, and says nothing.
* {role != "kitchen" and role != "hospital" and role != "messenger"} [Leave her standing in the door]
    # clear
    You bend over your seam. The forewoman stands a minute longer, then takes off her thimble, puts it in her pocket, and goes. Lida lets out her breath. The free machine stays free all day, and every time you look up, you see it.
- -> evening

= evening
~ time_of_day = "evening"
# clear
In the evening you walk with Maia to the edge of the zone, where the guardhouse stands. The barricade of saman bricks from the broken walls has grown since Wednesday. It is chest-high now, and in front of it lie coils of barbed wire from the service-yard stores, loose in the dust. Against the bricks leans a board: CAUTION! MINED! Maia reads it twice. "Is it?" she asks nobody. # place: guardhouse # note: defence_pickets
# clear
{bond_jonas >= 2: Jonas comes down off the barricade to walk you back.|Jonas Vaitkus, the Lithuanian from the second night, comes down off the barricade and asks if he may walk you back.} He works with the technical men in the service yard now; they painted the boards. "There's nothing under it," he says. "Only the word. We hope the word is enough." # speaker: jonas
# clear
At the barrack the defence brigade is taking names. Each barrack guards itself now: a rota through the night at the door, two women, a lamp, a stick. The brigadier holds out the stub of a pencil to you. Maia has already signed, in her schoolteacher's hand. # place: women_barrack
* [Put your name down for tonight]
    # clear
    You sit by the door till two, a stick across your knees and Maia's shawl round your shoulders. Nothing comes but the searchlight, sweeping. "That's the point of us," says the woman beside you. For years the watch was kept on you. Tonight you keep it for the women asleep behind you.
* [Sleep: the work starts at dawn]
    # clear
    You sleep, and wake once, in the small hours. At the door two women talk in whispers over a lamp turned low. For years the door was locked from outside and the watch was kept on you. Tonight it is open, and someone you know is sitting by it.
- -> day_14

=== day_14 ===
~ day = 14
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Saturday, 29 May. At noon a voice comes out of the air above the zone. Not the bosses' voice: a man's, a little hoarse, counting. "One, two, three. Can the first lagpunkt hear us?" Women come out of every barrack and shout that they can, although nobody over there can hear them shouting. # place: women_zone # note: loudspeakers_radio
-> voice

= voice
# clear
Jonas explains it that evening with his hands, the way he explains everything. There were two film projectors in the service yard. Projectors have amplifiers. The technical department took them out, wired them up and hung the speakers on poles. Now the zone can talk to itself, and to the soldiers on the towers. # speaker: jonas # place: tech_rooms
# clear
"And the current?" you ask. The camp's power comes from outside; the bosses could cut it any night. He smiles and says: from the technical department. On the door of their rooms someone has painted a skull and the words 100,000 VOLTS. Nobody goes in who isn't sent for, and nobody asks twice.
# clear
By evening there is paper on the dining-hall wall as well: a wall newspaper, a stengazeta, written by hand. News of the talks, the commission's rules, a drawing of a warder with a very small conscience and a very large key. Women stand three deep to read it, and the ones at the front read it aloud. # place: dining_hall_2
-> mykola

= mykola
~ time_of_day = "evening"
# clear
Mykola finds you behind the bathhouse after dark. {mykola_hurt: His arm is still strapped to his chest, and he holds it as if it belonged to someone else.|He has grown thinner since the walls came down, and quicker.} {bond_mykola >= 4: He hugs you hard, the way he did when you were children.|He nods to you, as if you had met yesterday.} He looks round twice before he speaks. # place: bathhouse
# clear
"There are papers that need to go between the zones," he says. "{ties_underground >= 1:Not one word this time, but every few days, for as long as this lasts|Folded small, every few days}. From some women here to some men with me. Not the commission's papers, sestrychko." {role == "messenger": "You run for the representatives already. Nobody would look twice at you."|"You know how. You've done it before."} # speaker: mykola
# clear
You have done it before. You carried bread and folded paper to the boys in the forest above the village, and that is why you are here. Twenty-five years, for a few lines you never read. Your hands remember how small a paper can be folded.
- (ask)
* [Ask him who the papers are for]
    # clear
    {ties_underground >= 1: "The same people as before," he says. "I told you too much then."|"People who were thinking before there was a commission," he says, "and who will still be thinking after it."} He names nobody, and you understand that this is the answer. The commission talks, his face says. Somebody has to think about what comes after the talking. # speaker: mykola
    -> ask
* [Yes. Give me the first one # history: carry_messages]
    ~ ties_up()
    # clear
    He puts a square of paper in your palm, no bigger than a stamp, and closes your fingers over it. "Tomorrow. The bootmaker by the barber's." He touches your head the way your father used to. Then he is gone, and the paper is warm in your hand.
* [No. Not again, not even for you # history: carry_messages]
    # clear
    He nods as if he expected it. "Good," he says, and you can't tell whether he means it. "Stay clean, then. One of us should." He touches your head the way your father used to, and goes. You stand a long time by the wall with your empty hands.
- -> day_15

=== day_15 ===
~ day = 15
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Sunday, 30 May. The first Sunday since the walls came down for good. The faiths of the zone come out into the open, as if they had been waiting under the floorboards. Lithuanians kneel by one barrack, Ukrainians by another, and somewhere in the men's zone people are singing in a language you don't know. # place: women_zone # note: weddings_faith
-> service

= service
# clear
Father Ihor says the liturgy in the open between two barracks, at a table covered with an embroidered cloth. He has no vestments, only a stole someone sewed from a towel, over a blue cardigan. The barrack choir stands to his left, and you with it. For four years you have sung quietly, indoors.
# clear
Today there are no walls to sing behind. On the tower a soldier has turned round to watch. Maia, who believes in nothing, stands at the back with her arms folded, "for the music". The choir-mistress looks at you: the solo in the Cherubic Hymn is yours, if you want it.
* [Sing the solo, loud enough for the tower # place: watchtower]
    # clear
    Your voice goes up past the barracks and the wire, thin at first, then not. The soldier on the tower does not move. Afterwards an old woman kisses your hands, and you are ashamed and glad at once. Maia says only: "They heard that in the settlement."
* [Sing with the others, not alone]
    # clear
    You sing in the middle of the choir, where voices hide each other. A girl from Stanyslaviv takes the solo; her voice shakes, then holds. You watch the tower while you sing, and the soldier watches back. Nobody writes anything down, as far as you can see.
- -> jonas

= jonas
# clear
Afterwards {bond_jonas >= 2: Jonas is waiting by the water tank, cap in his hands.|Jonas is waiting by the water tank, cap in his hands, although you have hardly spoken.} He went to the Lithuanians' Mass, he says, but he heard you anyway. Then, too fast, like something rehearsed badly: Father Ihor is marrying people. # speaker: jonas
# clear
"I know it isn't a real wedding. No registry, no papers. Outside they'd laugh at it. But I'm twenty-two, I have twenty years still to serve, and I don't know about after. I know about now." He looks into his cap. "Will you think about it? That's all. Just think."
# clear
You tell him you will think. He nods, puts the cap on, takes it off again, and goes. All afternoon you think about other things on purpose: the linen, the bread, the soldier on the tower. It doesn't work.
-> day_16

=== day_16 ===
~ day = 16
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Monday, 31 May. The bathhouse runs on its schedule as if nothing had happened: the barracks in turn, hot water, a sliver of soap each, clean linen at the door. Across the zone the barber still shaves the men. Order, in a zone without bosses, turns out to be something people do for each other. # place: bathhouse # note: equal_rations
-> steam

= steam
# clear
{ role:
- "kitchen": You carried the water for it at five this morning, with Vera, bucket by bucket to the boiler, so you take your time in the steam.
- "hospital": You scrubbed the hospital's sheets here yesterday and they came out grey but clean, so you feel you have earned the hot water.
- "messenger": You carried the bathhouse rota round the barracks yourself, so you know exactly how long you have: twenty minutes.
- else: You sewed the bags the clean linen comes in, so you look at them with a seamstress's eye, and find one crooked seam.
}
Maia sits beside you on the wet bench, thin as a schoolbook, and asks what the Lithuanian wanted.
# clear
You tell her. She is quiet a long time. "A wedding with no state in it," she says. "The state will say it never happened. Your mother will say it did. The priest will say God was there." She wipes her face. "The only question is who you want to agree with." # speaker: maia
* [God's word is enough for me]
    # clear
    "Then it's simple," says Maia, "and you didn't need me." She pours water over your back, hot, the way your mother did on Saturday nights. "I don't believe a word of it, you know. But I would come and stand at the back. For the music."
* [What if they part us the next day?]
    # clear
    "They will," Maia says. "Sooner or later, one way or another. That isn't the question. The question is whether you'd rather be parted married or unmarried." She thinks about it. "I've seen both. The married ones had something to take with them."
* [I hardly know him]
    # clear
    "Nobody here knows anybody," Maia says. "We know what people do when the walls come down. That's more than most brides knew in my grandmother's village." She laughs, which she rarely does. "There, the bride met the groom twice. Once was at the well."
- -> day_17

=== day_17 ===
~ day = 17
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Tuesday, 1 June. Father Ihor lives in an end barrack of the 3rd lagpunkt, on a lower bunk by the stove. When you come, he is darning a sock, and he finishes the heel before he looks up. "The Savchuk girl who sings," he says. "Sit." # place: lagpunkt_3 # speaker: ihor
-> priest

= priest
# clear
He tells you what he tells everyone. He can marry you before God. He cannot marry you before anyone else. There is no register here but the one in heaven, and when the bosses come back they will not recognise a single thing he has done. # speaker: ihor # note: weddings_faith
# clear
"He is Latin rite and you are Greek," he says. "Same Church, different calendar. That is no obstacle. The obstacle is this." He taps the bunk, the barrack, the wire beyond. "They may part you the day after. Don't marry for the next month. Marry for whatever God gives." # speaker: ihor
# clear
There is a wedding tomorrow at noon, he says, and room for one more couple. He goes back to his sock and lets you think. Two bunks away men are playing cards with a pack cut from cement sacks, and losing loudly.
* [Marry Jonas tomorrow # history: marry_in_zone]
    ~ married = true
    ~ bond_up(bond_jonas)
    # clear
    You say it aloud, in the barrack, with the card players listening. Father Ihor nods and writes nothing down. Jonas, when you find him in the service yard, sits down on a crate as if his legs had gone. Then he stands up and cannot stop smiling. # place: service_yard
* [Ask Jonas to wait for a freer day # history: marry_in_zone]
    # clear
    "Then wait," says Father Ihor, "and pray that it comes." Jonas takes it well, or pretends to. "A freer day," he repeats, turning his cap. "All right. You'll tell me when you see it coming." He means it as a joke. Neither of you laughs. # place: service_yard
* [Say no: not behind wire # history: marry_in_zone]
    # clear
    "I won't be married behind wire," you tell Father Ihor, "with a tower for a witness." He doesn't argue. Jonas hears it from you in the service yard, nods too many times, and goes back into the technical rooms. The door with the skull on it shuts behind him. # place: tech_rooms
- -> day_18

=== day_18 ===
~ day = 18
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
{married: Wednesday, 2 June. Your wedding day. You wake before the others and lie still, listening to the barrack breathe. Maia has pressed your blouse with a mug full of hot coals. Somebody has left a comb on your pillow, and somebody else a ribbon, and nobody will say who.|Wednesday, 2 June. There is a wedding at noon, Nadia from your barrack and a Lithuanian from the 2nd lagpunkt, and the choir is to sing. Nadia has borrowed your comb and Maia's ribbon. She has been crying since dawn, happily, and cannot stop.} # place: women_barrack
-> wedding

= wedding
{ married:
    # clear
    Father Ihor marries you in the open, at the same table as on Sunday. On the ground lies a rushnyk, embroidered by a woman from Kolomyia who gave it to you without a word. You and Jonas step onto it together. The rings are cut from a copper pipe in the workshop, still rough inside. # note: weddings_faith
    # clear
    Mykola stands beside you{mykola_hurt:, his arm strapped,} with a face you have not seen since before the war. Maia stands at the back, for the music. The choir sings you in. Jonas says the vows in Lithuanian, then again, badly, in Ukrainian, and the women laugh and cry at once.
- else:
    # clear
    Father Ihor marries them at the same table as on Sunday, with an embroidered rushnyk on the dust for them to step on. The rings are cut from a copper pipe in the workshop. The technical men have rigged a loudspeaker, so that the whole zone hears the vows: one in Ukrainian, one in Lithuanian. # note: weddings_faith
    # clear
    You sing with the choir. Nadia's hands shake so much that the ring goes on the wrong finger and has to come off again. Jonas stands with the technical men by the loudspeaker pole. {bond_jonas >= 3: When the choir sings, he looks at you and not at the bride.|He is watching the wires, not the bride.}
}
-> cafe

= cafe
~ time_of_day = "evening"
# clear
In the evening {married: you and Jonas go|Maia takes you} to the café. It is a corner of a barrack with tables made of bunk boards, and a count for a host. Count Bobrinsky pours a brewed "coffee" that has never met a coffee bean, and sings old romances to a guitar. # note: cafe_culture
# clear
He sings of a carriage, a garden, a woman who never came. Men who were officers, and thieves, and schoolboys sit at the same board and hum the tunes they know. For an hour nobody is a number. {married: Under the table Jonas holds your hand as if someone might take it away.}
* [Sing a Ukrainian song when the guitar rests]
    # clear
    When the guitar rests, you sing, quietly, for your own board: the song your mother sang at the well. A man from Poltava at the next board takes the second voice without being asked.
* [Only listen, and hold on to it]
    # clear
    You only listen. The coffee is bitter and tastes of burnt bread. You try to keep the hour whole: the guitar, the lamp, the faces. Later there will be times when you need to remember that this happened.
- {married: At lights-out, which nobody enforces now, you part at your barrack door: he to his zone, you to yours, with no wall between. Maia says the best marriages work that way.|At lights-out Nadia comes back to her bunk with the copper ring on the right finger at last, and lies awake turning it.}
-> day_19

=== day_19 ===
~ day = 19
~ time_of_day = "dawn"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Thursday, 3 June. The news comes with the bread, the way news always does. One of the commission's men from the 3rd lagpunkt, Makeev, is no longer on the commission. A man named Semkin has taken his place. By the time the bread is eaten there are three stories about why. # place: women_barrack # note: makeev_semkin
-> rumours

= rumours
# clear
Oksana, the youngest in your barrack, has the first story: he has gone over to the bosses, he has told them everything, and they will come tonight. She is nineteen, from a village near Zhytomyr, and she still jumps when a door bangs. She says it with her hands over her mouth. # speaker: oksana
# clear
A woman by the stove has the second: that Makeev said the soldiers will come whatever we build, that all this stacking of bricks is for nothing, and the others would not listen. The third story is that he is ill. Nobody has the fourth, which is that nobody here knows.
# clear
The barrack turns to you, because you {role == "messenger":run for the representatives|are older than Oksana} and have been inside four years. {trust_commission >= 2: You have trusted the commission from the start, and they know it.|They know you keep your own counsel about the commission.} Maia waits to see what you will do with a rumour. # discuss: makeev_rumour
* [Say only what's certain: he left, Semkin came]
    # clear
    "Here's what we know," you say. "He's off the commission. Semkin is on it. Anything else is somebody's guess." Oksana stares at you as if you had taken something from her. Perhaps you have: a story is easier to hold than a blank. Maia nods, very slightly.
* [Say he may be right: bricks won't stop soldiers]
    # clear
    "Maybe he's right," you say. "Bricks don't stop soldiers." The barrack goes quiet. Oksana starts to cry without a sound. The woman by the stove says you talk like the bosses' radio. You meant to be honest. You are no longer sure it was the same as being useful.
* {ties_underground >= 1} [Ask Mykola what's true # place: mykola_barrack]
    # clear
    You find Mykola in the 3rd lagpunkt. He hears your question, says the commission argues and that arguing is healthy, and sends you back with nothing else. On the way back you see that the women saw where you went: to the underground, to check on the commission.
- -> barricade

= barricade
~ time_of_day = "day"
# clear
In the afternoon the defence brigade comes round asking for hands. The barricade before the guardhouse is to go higher, with more adobe from what is left of the broken walls. Makeev, they say, thought it pointless. Sluchenkov and Knopmus insisted on it, and they are still on the commission. # place: guardhouse # note: makeev_semkin
# clear
The bricks are heavy and crumble at the edges. Oksana won't come. Maia comes, slowly, and carries one at a time, resting between. On top of the barricade a picket holds out his hands for yours, and the dust blows into everyone's eyes.
* [Carry bricks until dark]
    # clear
    You carry until your arms shake and your palms are red with clay. By dark the barricade is a hand higher. It won't stop an army, and you know it. But you built it with your own hands, for once for yourselves, and that night you sleep as if you had earned it.
* [Put the brick down: Makeev was right]
    # clear
    You set your brick on the pile and step back. The picket looks at you and says nothing. You walk back alone between the barracks. Bricks are bricks, and you know what soldiers do. Tonight you can't make your hands believe anything else.
- -> day_20

=== day_20 ===
~ day = 20
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Friday, 4 June. A wind from the south-east, steady and warm, blowing toward the settlement. On the roof of the next barrack a man sits with a kite across his knees. Aslan is a Chechen from the 2nd lagpunkt. The Chechens offered to make kites, and the commission said yes. # place: women_barrack # note: kites_leaflets
-> roof

= roof
# clear
The kite is paper on a frame of thin laths, as tall as a child. Under its tail hangs a bundle of leaflets, tied to come loose high up. "The wind does the work," Aslan says. "I only ask it nicely." He lets out the string, and the kite climbs over the wire. # speaker: aslan
# clear
Over the settlement the bundle opens, and the leaflets go down like white birds. At once there is running outside the wire: warders on foot, two on motorcycles, one on a horse, chasing paper through the streets. The women on the roofs cheer every sheet that gets away. # place: settlement
# clear
Each leaflet asks whoever finds it to send it on to the Central Committee. The propaganda people need more copies by hand for tomorrow's wind, and they want women who write clearly. Your hand is clear. It is also in your file, on every letter you ever wrote home.
* [Copy leaflets in your best hand]
    # clear
    You write forty before dark, the same few lines, until the words stop meaning anything and then start meaning more. Aslan takes the stack without counting it. "Good letters," he says. "Round. People trust round letters." You wonder who else will know them. # speaker: aslan
* [Let others write: your hand is known]
    # clear
    You give your pencil to a girl from Riga whose letters look like fence posts, and hold Aslan's string instead. It pulls like a live thing. "Afraid of your own handwriting?" he asks, not unkindly. "Yes," you say. He nods. "Then hold on tight." # speaker: aslan
- -> day_21

=== day_21 ===
~ day = 21
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Saturday, 5 June. The technical men try a balloon: cigarette paper glued into a bag as tall as a man, with a little brazier underneath to fill it with hot air. It rises, wobbles, drifts the wrong way, catches on the wire and burns there in a minute. The whole zone groans. # place: fire_zone # note: kites_leaflets
-> shots

= shots
# clear
In the afternoon smoke balloons go up instead, dark and slow, with slogans painted on their sides: SAVE WOMEN AND OLD MEN FROM BEATINGS! and WE DEMAND A MEMBER OF THE PRESIDIUM OF THE CENTRAL COMMITTEE! They drift out over the settlement. From the towers the guards open fire on them. # place: watchtower
# clear
At the first shots Oksana drops flat in the dust between the barracks, hands over her head. It is only paper they are shooting at; her body doesn't know that. When you kneel beside her, she says into the ground: "I want to go home. I want to go home."
# clear
Around you women are jeering at the guards, who are wasting bullets on the sky. Oksana grips your wrist. "Tell me it will be all right," she says. "Just say it. Even if you don't know." # speaker: oksana
* [Say it: "It will be all right."]
    # clear
    "It will be all right," you say. She lets go of your wrist slowly, finger by finger, and sits up. She believes you, or wants to. You look up at the balloon drifting on, shot through and still flying, and try to believe it yourself.
* [Tell her the truth: nobody knows]
    # clear
    "I don't know," you say. "Nobody knows. That's the truth." Oksana looks at you as if you had slapped her, then nods and gets up by herself. Later you hear her whispering to the girl in the next bunk, and you know she is asking someone else to say it.
- -> day_22

=== day_22 ===
~ day = 22
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Sunday, 6 June. At the Sunday liturgy Father Ihor asks something new. Pray for the soldiers on the towers, he says. They are boys from villages like yours, and they have orders, and one day they will have to live with what they did. Some of the women shift their feet. # place: women_zone # speaker: ihor
* [Pray for the boys on the towers]
    # clear
    You pray for them, for the one who watched you sing and the ones you have never seen. The words come out stiff, like a new shoe. Afterwards you feel lighter, and you can't tell whether that is grace or only tiredness. Father Ihor catches your eye and nods.
* [Pray only for your own]
    # clear
    You pray for Mykola, for {married: your husband|Jonas}, for Maia, for your mother in the village. The towers can pray for themselves. Father Ihor does not look at anyone in particular. After the blessing, an old woman beside you whispers that she did the same.
- -> radio

= radio
~ time_of_day = "evening"
# clear
In the evening the zone's own loudspeakers play a programme called "Crocodile tears". It reads out the bosses' sudden, tender concern for the poor women of the zone, and then reminds everyone who used to beat those women, and how. The barrack laughs so hard the lamp shakes. # note: loudspeakers_radio
# clear
Then the news, read by the voice the whole zone knows by now, Slava Yarimovskaya's. You don't catch every word; you catch the calm. Outside the wire the bosses' loudspeakers start up their gramophone record, turned loud, to drown out anything meant for the soldiers. # speaker: yarimovskaya # note: authorities_loudspeakers
{ ties_underground >= 1:
    -> paper
- else:
    # clear
    Walking back, you pass Mykola by the bathhouse. He is talking to a woman from barrack 9, low and fast. He sees you and lifts a hand, and goes on talking. Somebody else carries his papers now. You tell yourself that is what you wanted.
    -> day_23
}

= paper
# clear
After the broadcast a woman from barrack 9 presses a folded square into your hand on the steps, without a word, and goes in. It is for Mykola's people. The paper is so thin that against the lamp in the window you could read it without unfolding it. # place: women_barrack
* [Hold it to the lamp]
    # clear
    Numbers and initials in pencil, in columns. A rota, or a list of something, or of someone. You can't tell which, and not knowing is worse than anything it could say. You fold it smaller and carry it to the 3rd lagpunkt, and your hands are cold all the way. # place: mykola_barrack
* [Carry it unread]
    # clear
    You put it in your shoe and walk across the dark to the 3rd lagpunkt. Nobody stops you; nobody stops anyone now. Mykola reads it with his back to you and puts it in the stove. "You didn't read it," he says. It isn't a question. # place: mykola_barrack # speaker: mykola
- -> day_23

=== day_23 ===
~ day = 23
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Monday, 7 June. The bosses' loudspeakers outside the wire start at six. Prisoners, go back to work. The coal trains are standing at the station, unloaded. Go back to work. Then the gramophone record, then the same again, and again, until you hear it in your sleep. # speaker: loudspeaker # note: authorities_loudspeakers # place: guardhouse
-> work

= work
# clear
{ role:
- "kitchen": In the kitchen Vera's count of the sacks is smaller every morning. She tells it to you under her breath before anyone else comes in, the way other people tell the weather. {bond_vera >= 3: "Don't look at them," she tells you. "Look at the pot."|She doesn't say anything about them, and neither do you.}
- "hospital": In the hospital a woman has a fever that will not break. {gentle: She is very weak.|Her lips have cracked, and she no longer knows where she is.} There is nothing to give her but water and a wet cloth. The doctor has asked the commission to ask the bosses for medicines again. Nothing has come, and the doctor has stopped saying "yet".
- "messenger": You carry the hospital's list to the commission: iodine, bandages, something for fever. The commission sends the list out to the bosses. Nothing comes back. The doctor folds his copy and keeps it in his pocket, for later, he says, for someone to read.
- else: In the workshop you sew tails for Aslan's kites from strips of old sheets, and bags for leaflets. Lida says it is the first useful thing this workshop has made in years. Nobody laughs, because nobody is sure it is a joke.
}
# clear
At supper Oksana says it quietly, into her bowl: "If they opened the gate, I'd go. I'd go to work, I'd go anywhere." The woman beside her stops eating. In the zone it is a thing people think. It is not a thing people say. # place: women_barrack # speaker: oksana
* [Tell her half the zone thinks the same]
    # clear
    "Half the zone thinks it," you say, low. "The other half thinks it at night." The woman beside her laughs, short, and the moment passes. Oksana looks at you with a gratitude that frightens you a little, as if you had promised her something.
* [Tell her never to say it aloud]
    # clear
    "Don't say that out loud," you tell her. "Not here. Not anywhere." You mean: for your own sake. She hears: for ours. She nods and eats, and doesn't look at you again that evening, and you can't find the words to explain the difference.
- -> day_24

=== day_24 ===
~ day = 24
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Tuesday, 8 June. Somebody in the 2nd lagpunkt has kept pigeons all this time, under a roof, on crumbs nobody could spare. Today they go up with leaflets, circle twice over the zone, and turn for the settlement. On the towers the guards watch them go and can do nothing about it. # place: lagpunkt_2 # note: kites_leaflets # discuss: who_saw_the_kites
-> concert

= concert
~ time_of_day = "evening"
# clear
In the evening there is a concert in the dining hall, the tables pushed back, men and women on the same benches. A Latvian plays an accordion with two dead keys. Three Lithuanians sing something slow. A Russian recites Pushkin from memory, forgets a line, and two hundred people prompt him. # place: dining_hall_2 # note: cafe_culture
# clear
Then the choir. {married: Jonas is at the back with the technical men, who have run a wire so that the loudspeakers carry it to every barrack.|The technical men have run a wire so that the loudspeakers carry it to every barrack.} The choir-mistress gives you the first line of the new song, the one someone wrote here, with the refrain "We will not be slaves."
* [Sing the first line alone]
    # clear
    You sing the first line alone. The hall takes the second from you, and by the refrain it belongs to everyone. Outside, the loudspeakers throw it over the wire. You think of the soldiers on the towers hearing it, and of whoever out there is writing down who sang.
* [Let the whole choir begin together]
    # clear
    The choir begins together, and you are one voice among forty. By the refrain the whole hall is standing. Afterwards someone copies the words out for the wall newspaper, with the names of the choir underneath. You are glad yours is missing, and ashamed of being glad.
- -> day_25

=== day_25 ===
~ day = 25
~ time_of_day = "day"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Wednesday, 9 June. The bosses' loudspeakers have something new this morning, read slowly, twice. An order of the Gulag: the Kengir division is to be disbanded. Unless the prisoners go back to work by the deadline, everyone will be shipped to Magadan. Everyone. Men and women. # speaker: loudspeaker # note: authorities_loudspeakers # place: guardhouse
-> magadan

= magadan
# clear
Magadan is the port for Kolyma, at the far end of everything. Nobody in your barrack has been there, and everybody knows someone who went. Oksana sits on her bunk with her bundle already tied, as if the train were waiting outside. Maia says: "They have threatened us with something for years. Now at least it has a name." # speaker: maia
# clear
The women want to know what to do. Some say: go out to work tomorrow before the deadline, all together, in a column. Others say the order is paper, like the leaflets, like the board on the barricade. Oksana looks at you. So does Maia. {hope >= 6: You find you are not as frightened as you expected.|You are frightened, and you try not to let it show.}
* [Say it's a bluff, like our "mined" sign]
    # clear
    "They painted a word and hope it's enough," you say. "So did we. Let's see whose word holds." A few women laugh. Oksana unties her bundle, slowly, and puts her spare shirt back under her pillow. You have no idea whether you are right.
* [Say we should decide it together, not alone]
    # clear
    "They may mean it," you say. "So let's not decide it one by one, in the dark. Let the representatives ask the commission, and let us all hear the answer." The barrack argues for an hour. It is the best argument you have heard in four years, and nobody lowers her voice.
- -> kuznetsov

= kuznetsov
~ time_of_day = "evening"
# clear
By evening the voice outside has turned to the chairman. Kuznetsov's release, it says, had been approved. Now it has been withdrawn. The voice says it calmly, like a clerk reading a list, and then again, so that nobody can miss it. # speaker: loudspeaker # note: authorities_loudspeakers
# clear
In your barrack it lands like a stone in a well. He was a colonel once, the women say. One of theirs. A woman by the stove says a man who was nearly free will bargain for himself. Another says that is exactly what the bosses want you to think. # discuss: kuznetsov_release
* [They want to split us from him]
    ~ trust_up()
    ~ hope_up()
    # clear
    "They're telling us so we'll stop trusting him," you say. "Why else say it twice?" The barrack goes quiet. You think of the morning he made the brigadiers eat what you eat. It proves nothing. It is what you have, and tonight it is enough.
* [Maybe he'll bargain for himself]
    ~ trust_down()
    ~ hope_down()
    # clear
    "Maybe it's true," you say. "Maybe he'll trade us for his release." You hear how it sounds. Nobody answers. Later, in the dark, you wonder whether you thought of it yourself, or whether the loudspeaker put it in your head and left it there.
- -> day_26

=== day_26 ===
~ day = 26
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Thursday, 10 June. Nearly four weeks since the first night the men came over the walls. Today's scene is about hunger: the bread ration is cut for everyone in the zone. You can read the scene, or a short summary. # cn: hunger
* [Read the scene]
    -> cut
* [Read a short summary instead]
    -> cut_summary

= cut
# clear
In the morning the bread comes smaller. Five hundred grams, the women at the hatch say, for everyone: the commission, the pickets, the kitchen, the sick. Whose order it is, nobody can tell you for certain. By noon everybody has a reason. # note: rations_hunger
# clear
{bond_vera >= 3: Vera tells you, and only you, that it is to make the stores last.|Vera says it is to make the stores last.} A man at the hatch says it is to show Moscow that we are starving. Maia says that hungry people are easier to hold together, and harder. You can't tell which she means, and neither can she.
# clear
{ role:
- "kitchen": At the cutting table you weigh each ration on the scales, and the knife has to be exact. A crumb too much for one is a crumb taken from another. Your hands learn the weight by evening. Your stomach learns it by the next morning. # place: bakery
- "hospital": In the hospital the sick get the same five hundred grams. The doctor cuts his own in half and gives it to the boy with the fever. He tells you not to tell anyone, which is how you know he wants you to know it can be done. # place: hospital
- "messenger": You carry the order round the barracks and read it out at every door. At each door the silence is a different shape. In one a woman asks whether you are happy now. You didn't write it. You are only the one holding it. # place: women_zone
- else: In the workshop the women sew more slowly, and by afternoon nobody talks. At noon, which is no longer lunch, you take in the waistband of your own skirt by two fingers, and the woman beside you watches and says nothing. # place: sewing_workshop
}
-> evening

= cut_summary
# clear
(Summary.) From 10 June, according to an MVD record, the prisoners' commission cut everyone's bread to 500 grams a day. The record claims the stores were full; nobody in the zone knows what the stores hold. You get the same as everyone. Oksana has already eaten hers. # note: rations_hunger
-> evening

= evening
~ time_of_day = "evening"
~ health_down(1)
# clear
In the evening you hold your own five hundred grams: grey, heavy, still a little warm. Half the barrack eats it at once, to be sure of it. The other half cuts it in three, for morning, noon and night. Oksana has eaten hers already and is watching you. # discuss: bread_cut_500
* [Eat it all now, while it's yours]
    # clear
    You eat it all, slowly, crumb by crumb, and for an hour you are warm. Oksana looks away while you eat, which is a kindness. In the night you wake and remember there is nothing under your pillow, and you lie there counting the hours to morning.
* [Cut it in three, for tomorrow]
    # clear
    You cut it in three with a thread, the way the old women do, and wrap two pieces in a rag under your pillow. In the night you wake twice to check they are there. Both times, Oksana is awake too, and pretends not to be.
* [Give Oksana a piece of yours]
    # clear
    You break off a piece and hold it out. She looks at it a long time before she takes it, and eats it with her back to you, in tiny bites. "I'll give it back," she says. You both know she won't be able to, and that you didn't give it to get it back. # speaker: oksana
- -> day_27

=== day_27 ===
~ day = 27
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Friday, 11 June. The Magadan deadline has come and gone. No trains, no ships, no soldiers: only the loudspeakers, which have moved on to other threats. The zone is quieter now. People walk more slowly to save their strength, and sit down wherever there is shade. # place: women_zone # note: authorities_loudspeakers
-> oksana

= oksana
~ time_of_day = "night"
# clear
After lights-out Oksana climbs up to your bunk, the way the young ones do when they are frightened, and puts her mouth to your ear. She wants to leave the zone. Not for Magadan: out, to the gate, to the soldiers, to whatever is on the other side. # place: women_barrack
# clear
"My mother is ill at home. If I'm in here when they come, I'll never see her again. If I go out first, maybe they'll count it for me." She is shaking. "They say the pickets turn back anyone who goes near the wire. You know them. Help me." # speaker: oksana
* [Ask her to sleep on it, one night]
    # clear
    "One night," you whisper. "Sleep on it. Ask me again tomorrow, in daylight." She lies down beside you, curled small, the way your little cousins used to, and you feel her awake for a long time. You lie awake longer, with the question she left behind.
* [Ask what she thinks waits outside]
    # clear
    "What do you think they'll do with you out there?" you whisper. "Give you soup and a ticket home?" She is quiet so long you think she has fallen asleep. "I don't know," she says at last. "But I know what happens in here when soldiers come."
- -> day_28

=== day_28 ===
~ day = 28
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Saturday, 12 June. The hungry days go on, and fear comes with them. Today's scene is about threats between prisoners, and a friend who wants to leave. You can read the scene, or a short summary. # cn: fear
* [Read the scene]
    -> threat
* [Read a short summary instead]
    -> threat_summary

= threat
# clear
In the morning a new word goes round, from the men's zones to the women's, passed mouth to ear like bread. Sluchenkov of the commission has warned, it is said, that anyone who tries to surrender will be dealt with five minutes before the surrender. # note: coercion_inside
# clear
Behind it comes a second word, quieter: that there is a list. A black list, of people who would not stand with the revolt. Nobody you know has seen it. Nobody knows who keeps it, or whether anyone does. Everyone who hears of it starts to think about what they have said aloud.
# clear
Oksana hears it at the washstand. She goes white and doesn't touch her morning piece. At noon she finds you behind the bathhouse. "Tonight," she says. "With you or without you. Will you come?" # place: bathhouse # speaker: oksana
-> decide

= threat_summary
# clear
(Summary.) A threat is passed round the zone in the name of Sluchenkov, a commission member: anyone who tries to surrender will be dealt with before they can. There is also talk of a "black list", which nobody you know has seen. Frightened, Oksana tells you she will try to leave tonight, and asks you to come. # note: coercion_inside
-> decide

= decide
# clear
You tell Maia nothing, and she guesses everything. She goes on mending her stocking. "Whatever you do," she says, "do it so that you can live next to yourself afterwards. You'll be the only neighbour you can't change." # speaker: maia # discuss: leaving_the_zone
* [Walk her to the wire yourself # history: oksana_leave # place: guardhouse]
    ~ helped_leaver = true
    -> walk
* [Talk her out of it, all night if need be # history: oksana_leave]
    -> stay
* [Tell the barrack's representative # history: oksana_leave]
    -> tell

= walk
~ time_of_day = "night"
# clear
At two you go out together along the backs of the barracks, in the dark between the searchlight's sweeps. Oksana holds your hand like a child. By the guardhouse the barricade stands black against the lights beyond it. On the other side, soldiers are talking about football. # place: guardhouse
# clear
A picket steps out of the dark with an iron bar, a man from the 2nd lagpunkt with a Poltava accent. "Where to, sisters?" You say: the hospital, she's ill. He looks at Oksana, at the guardhouse behind you, at the hospital, which is in the other direction entirely.
# clear
He doesn't raise the bar. "Not this way," he says. "Those soldiers shoot at anything that moves at night. Go back to bed. I didn't see you, you didn't see me." Oksana begins to cry. He looks away at the lights. "Go on, sisters. Before someone else is standing here instead of me."
# clear
You walk her back. She says nothing all the way, but at the barrack door she holds on to your hand a moment longer. "You came with me," she whispers. You did what she asked, and she is still inside. You lie awake till dawn, wondering whether the picket will remember your face.
-> day_29

= stay
~ time_of_day = "night"
# clear
You sit with her on the bunk while the searchlight passes a hundred times. You say everything: the pickets, the list, the soldiers, her mother, who would rather have a daughter in a camp than a daughter shot at a gate. Oksana cries, and argues, and cries. Near dawn she falls asleep against your shoulder, dressed for going.
# clear
In the morning she won't speak to you. But she is there in the bread line, with her bundle untied. You don't know whether you have saved her from something or taken something from her. You think you won't know for a long time.
-> day_29

= tell
# clear
You go to Stefa, the woman your barrack chose to speak for it, and tell her. Not to punish Oksana, you say: to keep her away from the pickets and the lists. Stefa listens, thanks you, and says she will talk to the girl herself, tonight, and that nobody else needs to know. # place: women_barrack
# clear
That evening Stefa sits on Oksana's bunk for an hour, talking low. Oksana goes nowhere that night. She doesn't speak to you either, then or the next day. Once, in the bread line, you catch her looking at you the way the barrack used to look at women who talked to the security officer.
-> day_29

=== day_29 ===
~ day = 29
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Sunday, 13 June. A hot wind, and a last kite. Aslan has built it bigger than the others, and Father Ihor, passing below, blesses it with two fingers, half as a joke. On the roof Aslan hands you the string to hold while he ties on the bundle of leaflets. # place: women_barrack # note: kites_leaflets
// After the first line: a day restarted from its checkpoint runs the lines above again.
~ health_down(1)
-> kite

= kite
# clear
It climbs beautifully. Then, from outside the wire, a second kite goes up, and a third: the guards' counter-kites, sent to tangle the string. They swing in toward yours like dogs toward a hare. The line in your hands jerks and sings. Aslan swears in Chechen, softly. # place: watchtower
* [Cut the string and let it fly free]
    # clear
    You cut. The kite leaps, drops, catches the wind again and goes on alone toward the settlement, trailing its loose line, the leaflets still tied on. It may land on a roof, in a yard, in the river. Aslan watches it go. "Nobody owns it now," he says. "Maybe that's best." # speaker: aslan
* [Hold on and fight the tangle]
    # clear
    You hold on. The guards' kite crosses your line, the two twist together and fall slowly into the fire zone, where nobody may go. The bundle lies there all afternoon in the sun. Aslan sits on the roof and looks at it. "Tomorrow," he says. "There's always wind tomorrow." # place: fire_zone # speaker: aslan
- -> prayers

= prayers
~ time_of_day = "evening"
# clear
At evening prayers Father Ihor says the Our Father slowly, and stops for a moment after "our daily bread", as if waiting for someone to laugh. Nobody does. You say the rest with him. {married: Beside you Jonas says it in Lithuanian, half a beat behind.|Across the crowd you see Jonas, saying it in Lithuanian.} # speaker: ihor # note: weddings_faith
-> day_30

=== day_30 ===
~ day = 30
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Monday, 14 June. Nothing happens, and that is the news. The loudspeakers on both sides talk at each other over the wire. The pickets change at the guardhouse. The bread is five hundred grams. {health <= 5: Your legs are slower on the steps than they were a month ago.} For three weeks now you have lived in a zone with no bosses in it. # place: women_zone
-> step

= step
~ time_of_day = "evening"
# clear
{married: In the evening you sit with Jonas on the barrack step, your shoulder against his, while the searchlight comes and goes. He talks about Kaunas, a river, a bridge. You listen to his voice more than the words.|In the evening you sit on the barrack step with Maia while the searchlight comes and goes. Jonas passes with a coil of wire, lifts his cap to you, and goes on.} {ties_underground >= 1: Nobody brings you a paper tonight, and you notice that you are waiting for one.} # place: women_barrack
# clear
Behind you Oksana is asleep{helped_leaver: on the bunk next to yours, where she has slept since the night at the wire|, her face to the wall}. Somewhere a kite string is being wound for tomorrow. You feel {hope_words()}. Maia asks what you pray for, these nights. She doesn't pray, she says, but she likes to know. # speaker: maia
* [That it lasts]
    # clear
    "That it lasts," you say. "Just this. The step, the light, nobody counting us." Maia nods. "A modest prayer," she says. "Those are the ones that frighten me." She puts her hand over yours, and you sit like that until the lamp inside goes out.
* [That it ends, any way at all]
    # clear
    "That it ends," you say. "Any way at all. I can't keep waiting." Maia doesn't argue. She says that in her experience things do end, and rarely the way you asked. Then she goes in, and you sit on alone with the searchlight for company.
* [That the people I love come through]
    # clear
    "That they come through," you say. "{married: Jonas|Mykola}, and you, and Oksana. Whatever happens." Maia says that is the only prayer she has ever heard that makes sense to her. You sit together without talking, and the zone goes quiet around you, barrack by barrack.
- Tomorrow is Tuesday, the fifteenth of June.
-> day_31
