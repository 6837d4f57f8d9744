// Halyna, Act III "The republic": day_13 (Fri 28 May) to day_30 (Mon 14 June 1954).
// Days vary in form (bible §10): day 16 a conversation that branches twice, day 23 a letter,
// day 25 a list (a bundle to pack), day 27 a silent day with no choice, day 29 a night watch in
// three beats. Nearly every choice is read again later; the list is in the report of issue 13.
// Globals this act changes (one or two per option, at most three choice points a day):
//   13  on_watch (the rota); mercy = true (the role scene's lenient side; kitchen: + bond_up(bond_vera))
//   14  ties_up()                              Mykola's papers           # history: carry_messages
//   15  loud_up("solo")
//   16  bond_up(bond_maia) (asking Maia about herself)
//   17  married = true, bond_up(bond_jonas)    Father Ihor               # history: marry_in_zone
//   18  jonas_want = true (his collar, his portrait in pencil)
//   19  built_barricade = true + bond_up(bond_vera) / trust_down()   the barricade bricks
//   20  loud_up("leaflets")
//   21  oksana_told
//   22  prayed_for_towers; knows_names (only with ties_underground >= 1)
//   23  letter
//   24  loud_up("hymn")
//   25  bundle; trust_up()+hope_up() / trust_down()+hope_down()   the loudspeaker on Kuznetsov
//   26  health_down(1) on every path; up(bread_given, 1, 3)
//   28  helped_leaver = true / trust_up()      Oksana                   # history: oksana_leave
//   29  health_down(1) on every path; orlov = 1 or 2
//   30  wish
// Reads: role, bond_jonas, bond_mykola, bond_vera, bond_maia, mykola_hurt, ties_underground,
// trust_commission, married, health, helped_leaver, the contract threads it sets, and its own
// threads (variables.ink, "Act III's own threads"). Diverts and conditional choices branch only on
// role, married and ties_underground, as before; every thread is read in text only (cheap to explore).
// Fiction, labelled as reconstruction in the notes: the weddings, Father Ihor, Aslan, Oksana, Vera,
// Orlov, the pickets' words. History: FB §5.1-5.6, addendum §1, §3-5, §9, §11, §13, addendum-2 §1-2:
// the 500 g cut and the pickets who stopped leavers are the MVD's account, never shown as seen.

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
Friday, 28 May. The morning after the demands were read, no bell calls anyone to work and no column forms at the gate. The zone wakes anyway, out of habit: boots on boards, coughing, a kettle somewhere. On the barrack steps Maia sits with both hands round a tin mug, watching the towers the way she watches the weather. # place: women_barrack #id:h.d13.69f8
-> bread

= bread
# clear
The bread comes from the bakery on a handcart, and a new rule comes with it. One ration, the same for everyone: no extra piece for the brigadier, the clerk or the cook. At the hatch Vera Sidorenko of the kitchen brigade weighs every piece in front of the line, and reads the weight aloud. # place: bakery # note: equal_rations # speaker: vera #id:h.d13.ba02
# clear
The woman who kept the barrack's books all winter gets a piece the size of yours. She opens her mouth, and Vera looks at her until she shuts it. "The commission says the same for all," Vera says, "so the same it is." She says "the commission" the way your mother said "the parish". # speaker: vera #id:h.d13.ea15
# clear
Maia breaks her piece in two and puts half inside her jacket for the evening. "All my life," she says, "someone else has decided what I am worth in bread. Now we decide it ourselves, and it comes out the same for everyone." She does not sound unhappy. # speaker: maia # discuss: equal_shares #id:h.d13.a8b3
-> work

= work
~ time_of_day = "day"
{ role:
- "kitchen":
    # clear
    You work the cauldrons with Vera now. Porridge for thousands, from stores that will not be refilled. Every morning Vera counts the sacks with a pencil stub and writes the number on the whitewashed wall by the hatch, where everyone in the line can read it. # place: kitchen #id:h.d13.2600
    # clear
    Today a man from the supply department comes in, reads the wall and frowns. People read it, he says, and then they worry, and then they hoard. Vera is out at the stores. He hands you a wet rag. "Rub it out. Keep the count in a book, for the commission." #id:h.d13.0d10
- "hospital":
    # clear
    You work in the hospital now. The beds are full and the shelves are bare: the authorities send no medicines into a zone in revolt. There is boiled water, there are clean rags, and there is the laundry, which washes for the ward every day. # place: hospital #id:h.d13.d8aa
    # clear
    In the corner bed lies a man who was a brigadier all winter, and a hard one. Each morning his bread goes missing from his shelf. Today you see who takes it: the boy in the next bed, whose brother the brigadier once sent to the punishment cell. #id:h.d13.cfbe
- "messenger":
    # clear
    You run for the women's representatives now: lists, rotas, questions to the commission and answers back. Today it is the list for the night watch at the barrack doors. Every woman takes a turn, the representatives say, from the youngest to the oldest. # place: women_zone #id:h.d13.529a
    # clear
    Behind the bathhouse a woman from barrack 8 stops you. She is afraid of the dark, she says, badly, since a winter night in the punishment cell. She cannot sit at a door all night. Could her name just not be on the list? Only you read those lists. # place: bathhouse #id:h.d13.d53d
- else:
    # clear
    The sewing workshop in the service yard still runs, but the officers' tunics hang unfinished on their hooks. You mend for the zone: collars, knees, jackets for the men who sleep on the ground behind the barricades. # place: sewing_workshop #id:h.d13.43f8
    # clear
    Today the forewoman comes back. She kept sewing for the bosses when most of you had stopped, and the women have not forgotten it. She stands in the doorway with her thimble already on. Lida turns her back. There is a free machine next to yours. #id:h.d13.de40
}
* {role == "kitchen"} [Rub the number out #id:h.d13.7813]
    # clear
    You rub it out. The wall by the hatch is a grey smear. At noon Vera sees it and is silent a long time. Then she takes a notebook from her apron and writes the number in it, very small. "So now it's a secret," she says. "Secrets are easy to carry. Until they aren't." # speaker: vera #id:h.d13.eaf5
* {role == "kitchen"} [Leave it up for everyone to read #id:h.d13.c236]
    ~ bond_up(bond_vera)
    ~ mercy = true
    # clear
    "Vera counts for the zone," you say. "The zone can read." The man looks at you, and at the rag, and takes it away with him. At noon the women in the line read the number, then their bowls, and ask for no more than they are given. Vera sees the wall and squeezes your elbow, once. #id:h.d13.2ebe
* {role == "hospital"} [Tell the doctor #id:h.d13.8095]
    # clear
    You tell the doctor. He moves the boy to the far end of the ward without a word to anyone, and from then on hands the brigadier his bread himself. The boy looks at you the way a barrack looks at a stukach. The brigadier never thanks you. You didn't do it for him. #id:h.d13.3a29
* {role == "hospital"} [Say nothing: the boy has his reasons #id:h.d13.58f7]
    ~ mercy = true
    # clear
    You say nothing. Each morning the brigadier's shelf is empty, and each morning he looks at the ceiling and keeps quiet too, paying something off. The same ration for everyone, the commission said. You wonder whether this counts. #id:h.d13.fbac
* {role == "messenger"} [Leave her name off the list #id:h.d13.c9fb]
    ~ mercy = true
    # clear
    You copy the list again without her name. No one notices, and that is almost the worst part: how easy it was. That night a girl of seventeen sits the turn at the door of barrack 8 instead. You tell no one. You are not sure whether you were kind, or only soft. #id:h.d13.1254
* {role == "messenger"} [Every woman takes a turn #id:h.d13.d8ac]
    # clear
    "Every woman," you say. "I'll ask them to put you with someone." She nods, white. That night you walk past barrack 8 at two and see her at the door with a lamp, an older woman beside her, both sitting very straight. She doesn't look at you. #id:h.d13.dfe7
* {role != "kitchen" and role != "hospital" and role != "messenger"} [Make room for her at the next machine #id:h.d13.1bda]
    ~ mercy = true
    # clear
    You pull the free stool out with your foot. She sits, threads the machine, and sews a seam for a picket's jacket as straight as a ruler. The others leave her in silence all day. At evening Lida says to you: "You're soft." "Yes," you say. The forewoman hears, and keeps her eyes on her seam. #id:h.d13.f6bd
* {role != "kitchen" and role != "hospital" and role != "messenger"} [Leave her standing in the door #id:h.d13.f9c6]
    # clear
    You bend over your seam. The forewoman stands a minute longer, then takes off her thimble, puts it in her pocket, and goes. Lida lets out her breath. The free machine stays free all day, and every time you look up, you see it. #id:h.d13.16fd
- -> evening

= evening
~ time_of_day = "evening"
# clear
In the evening you walk with Maia to the edge of the zone, where the guardhouse stands. The barricade of saman bricks from the broken walls is chest-high now, and in front of it lie coils of barbed wire from the service-yard stores. Against the bricks leans a board: CAUTION! MINED! Maia reads it twice. "Is it?" # place: guardhouse # note: defence_pickets #id:h.d13.3128
# clear
# crossing: c1f
# fact: c1f.word
{bond_jonas >= 2: Jonas comes down off the barricade to walk you back.|Jonas Vaitkus, the Lithuanian from the second night, comes down off the barricade and asks if he may walk you back.} He works with the technical men in the service yard now; they painted the boards. "There's nothing under it," he says. "Only the word. We hope the word is enough." # speaker: jonas #id:h.d13.e1c1
# clear
At the barrack the defence brigade is taking names. Each barrack guards itself now: a rota through the night, two women, a lamp, a stick; and when the pickets need it, water carried out to the barricade. The brigadier holds out the stub of a pencil. Maia has already signed, in her schoolteacher's hand. # place: women_barrack #id:h.d13.46d1
* [Put your name on the rota #id:h.d13.9b52]
    ~ on_watch = true
    # clear
    You write your name under Maia's, and that night you sit by the door till two, a stick across your knees. Only the searchlight comes, sweeping. "That's the point of us," says the woman beside you. For years the watch was kept on you. Tonight you keep it for the women asleep behind you. #id:h.d13.ecd9
* [Leave it: the work starts at dawn #id:h.d13.931a]
    # clear
    You give the pencil back. You sleep, and wake once, in the small hours. At the door two women talk in whispers over a lamp turned low. For years the door was locked from outside. Tonight it is open, and someone you know is sitting by it, so that you can sleep. #id:h.d13.ac34
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
# crossing: c3a
# fact: c3a.count
Saturday, 29 May. {on_watch:You slept four hours after your watch, and wake to it:|At noon} a voice comes out of the air above the zone. Not the bosses' voice: a man's, a little hoarse, counting. "One, two, three. Can the first lagpunkt hear us?" Women come out of every barrack and shout back that they can, although the voice cannot hear them. # place: women_zone # note: loudspeakers_radio #id:h.d14.50a7
-> voice

= voice
# clear
Jonas explains it that evening with his hands, the way he explains everything. There were two film projectors in the service yard. Projectors have amplifiers. The technical department took them out, wired them up and hung the speakers on poles. Now the zone can talk to itself, and to the soldiers on the towers. # speaker: jonas # place: tech_rooms #id:h.d14.e3d6
# clear
"And the current?" you ask. The camp's power comes from outside; the bosses could cut it any night. He smiles and says: from the technical department. On the door of their rooms someone has painted a skull and the words 100,000 VOLTS. Only those who are sent for go in. #id:h.d14.de09
# clear
By evening there is paper on the dining-hall wall as well: a wall newspaper, a stengazeta, written by hand. News of the talks, the commission's rules, a drawing of a warder with a very small conscience and a very large key. Women stand three deep to read it, and the ones at the front read it aloud. {role == "messenger":You pinned the commission's rules up there yourself.|{role == "kitchen":Vera reads the rules twice, nodding, like a psalm.|You read it over their shoulders.}} # place: dining_hall_2 #id:h.d14.698b
-> mykola

= mykola
~ time_of_day = "evening"
# clear
Mykola finds you behind the bathhouse after dark. {mykola_hurt: His arm is still strapped to his chest.|He has grown thinner since the walls came down, and quicker.} {bond_mykola >= 4: He hugs you hard, the way he did when you were children.|He nods to you, the way he would after a day apart, not a year.} He looks round twice before he speaks. # place: bathhouse #id:h.d14.4aa4
# clear
"There are papers that need to go between the zones," he says. "{ties_underground >= 1:Not one word this time, but every few days, for as long as this lasts|Folded small, every few days}. From some women here to some men with me. Not the commission's papers, sestrychko." {role == "messenger": "You run for the representatives already. No one would look twice at you."|"You know how. You've done it before."} # speaker: mykola #id:h.d14.4bd3
# clear
You have done it before. You carried bread and folded paper to the boys in the forest above the village, and that is why you are here. Twenty-five years, for a few lines you never read. Your hands remember how small a paper can be folded. #id:h.d14.7022
- (ask)
* [Ask him who the papers are for #id:h.d14.5831]
    # clear
    {ties_underground >= 1: "The same people as before," he says. "I told you too much then."|"People who were thinking before there was a commission," he says, "and who will still be thinking after it."} He gives you no names, and you understand that this is the answer. The commission talks, his face says. Someone has to think about what comes after the talking. # speaker: mykola #id:h.d14.7ac8
    -> ask
* [Yes. Give me the first one # history: carry_messages #id:h.d14.d104]
    ~ ties_up()
    # clear
    He puts a square of paper in your palm, no bigger than a stamp, and closes your fingers over it. "Tomorrow. The bootmaker by the barber's." He touches your head the way your father used to. Then he is gone, and the paper is warm in your hand. #id:h.d14.4ef3
* [No. Not again, not even for you # history: carry_messages #id:h.d14.1c3f]
    # clear
    He nods; he expected it. "Good," he says, and you can't tell whether he means it. "Stay clean, then. One of us should." He touches your head the way your father used to, and goes. You stand a long time by the wall with your empty hands. #id:h.d14.a89d
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
Sunday, 30 May. The first Sunday since the walls came down for good. The faiths of the zone come out into the open. Lithuanians kneel by one barrack, Ukrainians by another, Latvians by a third, and somewhere in the men's zone people are singing in a language you don't know. # place: women_zone # note: weddings_faith #id:h.d15.621c
-> service

= service
# clear
Father Ihor says the liturgy in the open between two barracks, at a table covered with an embroidered cloth. He has no vestments, only a stole someone sewed from a towel, over a blue cardigan. The barrack choir stands to his left, and you with it. For four years you have sung quietly, indoors. #id:h.d15.9ad0
# clear
Today there are no walls to sing behind. On the tower a soldier has turned round to watch. Maia, who believes in nothing, stands at the back with her arms folded, "for the music". The choir-mistress turns to you: the solo in the Cherubic Hymn is yours, if you want it. #id:h.d15.cfd8
* [Sing the solo, loud enough for the tower # place: watchtower #id:h.d15.c6b7]
    ~ loud_up("solo")
    # clear
    Your voice goes up past the barracks and the wire, thin at first, then not. The soldier on the tower does not move. Afterwards an old woman kisses your hands, and you are ashamed and glad at once. Maia says only: "They heard that in the settlement. And on the tower." #id:h.d15.5249
* [Sing with the others, not alone #id:h.d15.4a5f]
    # clear
    You sing in the middle of the choir, where voices hide each other. A girl from Stanyslaviv takes the solo; her voice shakes, then holds. You watch the tower while you sing, and the soldier watches back. If anyone up there writes names down, yours is not the one they heard. #id:h.d15.4415
- -> jonas

= jonas
# clear
Afterwards Jonas is waiting by the water tank, cap in his hands{bond_jonas < 2:, although you have hardly spoken}. He went to the Lithuanians' Mass, he says, but {loud_deed == "solo":he heard you over it, every note|he heard your choir anyway}. Then, too fast, like something rehearsed badly: Father Ihor is marrying people. # speaker: jonas #id:h.d15.eb96
# clear
# crossing: c4a
# fact: c4a.ask
"I know it isn't a real wedding. No registry, no papers. Outside they'd laugh at it. But I'm twenty-two, I have twenty years still to serve, and I don't know about after. I know about now." He looks into his cap. "Will you think about it? That's all. Just think." #id:h.d15.b207
# clear
You tell him you will think. He nods, puts the cap on, takes it off again, and goes. All afternoon you think about other things on purpose: the linen, the bread, the soldier on the tower. It doesn't work. #id:h.d15.94c7
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
Monday, 31 May. The bathhouse runs on its schedule: the barracks in turn, hot water, a sliver of soap each, clean linen at the door. Across the zone the barber still shaves the men. Order, in a zone without bosses, turns out to be something people do for each other. {loud_deed == "solo":In the queue two women you don't know say they heard you yesterday.} # place: bathhouse # note: equal_rations #id:h.d16.2f5c
-> steam

= steam
# clear
{ role:
- "kitchen": You carried the water for it at five this morning, with Vera, bucket by bucket to the boiler, so you take your time in the steam. #id:h.d16.61d8
- "hospital": You scrubbed the hospital's sheets here yesterday and they came out grey but clean, so you feel you have earned the hot water. #id:h.d16.4ced
- "messenger": You carried the bathhouse rota round the barracks yourself, so you know exactly how long you have: twenty minutes. #id:h.d16.a6d3
- else: You sewed the bags the clean linen comes in, so you look at them with a seamstress's eye, and find one crooked seam. #id:h.d16.53be
}
Maia sits beside you on the wet bench, thin as a schoolbook, and asks what the Lithuanian wanted. #id:h.d16.54d9
# clear
You tell her. She is quiet a long time. "A wedding with no state in it," she says. "The state will say it never happened. Your mother will say it did. The priest will say God was there." She wipes her face. "The only question is who you want to agree with." # speaker: maia #id:h.d16.0a90
* (gods_word) [God's word is enough for me #id:h.d16.8f36]
    # clear
    "Then it's simple," says Maia, "and you didn't need me." She pours water over your back, hot, the way your mother did on Saturday nights. "I don't believe a word of it, you know. But I would come and stand at the back. For the music." # speaker: maia #id:h.d16.5e11
* (parted) [What if they part us the next day? #id:h.d16.2427]
    # clear
    "They will," Maia says. "Sooner or later, one way or another. That isn't the question. The question is whether you'd rather be parted married or unmarried." She thinks about it. "I've seen both. The married ones had something to take with them." # speaker: maia #id:h.d16.3a8d
* [I hardly know him #id:h.d16.6321]
    # clear
    "No one here knows anyone," Maia says. "We know what people do when the walls come down. That's more than most brides knew in my grandmother's village." She laughs, which she rarely does. "There, the bride met the groom twice. Once was at the well." # speaker: maia #id:h.d16.0d23
- -> maia_turn

= maia_turn
# clear
She rinses the soap from her hair and sits with the towel in her lap. {gods_word:For a woman who believes in nothing, she has listened to you very carefully.|{parted:She said "I've seen both" like a thing that cost her.|She laughed about the well, and now she doesn't.}} The water is running cold; the next barrack is at the door. There is room for one more question. #id:h.d16.fd29
* [And you, Maia? Was there someone? #id:h.d16.2fa6]
    ~ bond_up(bond_maia)
    ~ maia_told = true
    # clear
    "Jaan," she says, after a while. "A teacher of mathematics. They took him in forty-one and me in forty-nine. I don't know where he is buried, or if." She stands and wraps the towel round her. "I married him in a church, with papers. It didn't keep him. Remember that, either way." # speaker: maia #id:h.d16.2ef3
* [Tell me what you would do #id:h.d16.2d5b]
    # clear
    "No," says Maia, and smiles. "I taught for thirty years. Every girl wanted me to tell her the answer, and the ones I told never learned the sum." She stands and wraps the towel round her. "Work it out. Show your working. I'll check it at the wedding, or I won't." # speaker: maia #id:h.d16.e7ff
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
Tuesday, 1 June. Father Ihor lives in an end barrack of the 3rd lagpunkt, on a lower bunk by the stove. When you come, he is darning a sock, and he finishes the heel before he looks up. "{loud_deed == "solo":The Savchuk girl who sings for the towers|The Savchuk girl who sings in the middle of the choir}," he says. "Sit." # place: lagpunkt_3 # speaker: ihor #id:h.d17.3665
-> priest

= priest
# clear
# crossing: c4
# fact: c4.ihor
He tells you what he tells everyone. He can marry you before God. He cannot marry you before anyone else. There is no register here but the one in heaven, and when the bosses come back they will not recognise a single thing he has done. # speaker: ihor # note: weddings_faith #id:h.d17.fa46
# clear
"He is Latin rite and you are Greek," he says. "Same Church, different calendar. That is no obstacle. The obstacle is this." He taps the bunk, the barrack, the wire beyond. "They may part you the day after. Don't marry for the next month. Marry for whatever God gives." # speaker: ihor #id:h.d17.61b8
# clear
There is a wedding tomorrow at noon, he says, and room for one more couple. He goes back to his sock and lets you think. Two bunks away men are playing cards with a pack cut from cement sacks, and losing loudly. {maia_told:You think of Jaan, married with papers, taken in forty-one.|You think of Maia in the steam, refusing to do your sum for you.} #id:h.d17.b34d
* [Marry Jonas tomorrow # history: marry_in_zone #id:h.d17.2db3]
    ~ married = true
    ~ bond_up(bond_jonas)
    # clear
    # fact: c4.answer.yes
    You say it aloud, in the barrack, with the card players listening. Father Ihor nods and writes nothing down. Jonas, when you find him in the service yard, sits down on a crate, his legs gone. Then he stands up and cannot stop smiling. # place: service_yard #id:h.d17.73ba
* [Ask Jonas to wait for a freer day # history: marry_in_zone #id:h.d17.153c]
    # clear
    # fact: c4.answer.wait
    "Then wait," says Father Ihor, "and pray that it comes." Jonas takes it well, or pretends to. "A freer day," he repeats, turning his cap. "All right. You'll tell me when you see it coming." He means it as a joke. Neither of you laughs. # place: service_yard #id:h.d17.7cd1
* [Say no: not behind wire # history: marry_in_zone #id:h.d17.cb12]
    # clear
    # fact: c4.answer.no
    "I won't be married behind wire," you tell Father Ihor, "with a tower for a witness." He doesn't argue. Jonas hears it from you in the service yard, nods too many times, and goes back into the technical rooms. The door with the skull on it shuts behind him. # place: tech_rooms #id:h.d17.fed5
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
{married: Wednesday, 2 June. Your wedding day. You wake before the others and lie still, listening to the barrack breathe. Maia has pressed your blouse with a mug full of hot coals. Someone has left a comb on your pillow, and someone else a ribbon, and the whole barrack is innocent.|Wednesday, 2 June. There is a wedding at noon, Motria from your barrack and a Lithuanian from the 2nd lagpunkt, and the choir is to sing. Motria has borrowed your comb and Maia's ribbon. She has been crying since dawn, happily, and cannot stop.} # place: women_barrack #id:h.d18.ac8a
-> wedding

= wedding
{ married:
    # clear
    # crossing: c4b
    # fact: c4b.wedding.theirs
    Father Ihor marries you in the open, at the same table as on Sunday. On the ground lies a rushnyk, embroidered by a woman from Kolomyia who gave it to you without a word. You and Jonas step onto it together. The rings are cut from a copper pipe in the workshop, still rough inside. # note: weddings_faith #id:h.d18.0ad2
    # clear
    Mykola stands beside you{mykola_hurt:, leaning on a stick for the thigh that has not healed,} with a face you have not seen since before the war. Maia stands at the back, for the music{maia_told:, and, as only you know, for Jaan}. The choir sings you in. Jonas says the vows in Lithuanian, then again, badly, in Ukrainian, and the women laugh and cry at once. #id:h.d18.b92f
- else:
    # clear
    # crossing: c4b
    # fact: c4b.wedding.nadia
    Father Ihor marries them at the same table as on Sunday, with an embroidered rushnyk on the dust for them to step on. The rings are cut from a copper pipe in the workshop. The technical men have rigged a loudspeaker, so that the whole zone hears the vows: one in Ukrainian, one in Lithuanian. # note: weddings_faith #id:h.d18.4331
    # clear
    You sing with the choir{maia_told:, and see Maia at the back watching the rings, thinking of Jaan}. Motria's hands shake so much that the ring goes on the wrong finger and has to come off again. Jonas stands with the technical men by the loudspeaker pole. {bond_jonas >= 3: When the choir sings, he looks at you and not at the bride.|He is watching the wires, not the bride.} #id:h.d18.d89f
}
-> cafe

= cafe
~ time_of_day = "evening"
# clear
In the evening {married:you and Jonas go|Jonas finds you and Maia on the way} to the café. It is a corner of a barrack with tables made of bunk boards, and a count for a host. Count Bobrinsky pours a brewed "coffee" that has never met a coffee bean, and sings old romances to a guitar. # note: cafe_culture #id:h.d18.6438
# clear
Between songs Jonas{married:, your husband of six hours,} turns his cup round and round. In the 2nd lagpunkt, he says, there is a man who draws faces in pencil, on the backs of old forms, for a piece of bread. His mother has no picture of him older than seventeen: a boy in a school cap, the week before the arrest. # speaker: jonas #id:h.d18.d16e
# clear
"I want her to have the man," he says. "For when letters go again. Not a number. A face." He touches his collar, frayed to the threads, the only shirt he has. "I can't go like this. And I can't sew." He does not quite ask. You sew; he knows it. # speaker: jonas #id:h.d18.a2d4
* [Turn his collar tonight, and go with him #id:h.d18.e1f3]
    ~ jonas_want = true
    # clear
    # fact: c4b.collar.turned
    You make him take the shirt off there and then, under Maia's amused eye, and turn the collar by lamplight with a borrowed needle, the worn side in, the good side out. "Tomorrow," you say, "I'll come and stand behind the man with the pencil and make you smile." He looks at the collar as if you had made him a coat. #id:h.d18.4a90
* [Say a portrait is one more paper with your face #id:h.d18.8d06]
    # clear
    # fact: c4b.collar.face
    "They have your face already," you say. "In your file, front and side. Why give them another?" He is quiet. "She isn't them," he says at last, and puts his cup down. The count begins another romance. Jonas listens to it with his frayed collar turned up against no wind. #id:h.d18.6ca1
-
# clear
{married:At lights-out, which is only a word now, you part at your barrack door: he to his zone, you to yours, with no wall between. Maia says the best marriages work that way.|At lights-out Motria comes back to her bunk with the copper ring on the right finger at last, and lies awake turning it. Across the gangway you lie awake too, listening to the small sound of copper against a fingernail.} #id:h.d18.96d6
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
Thursday, 3 June. The news comes with the bread, the way news always does. One of the commission's men from the 3rd lagpunkt, Makeev, is no longer on the commission, the women say. A man named Semkin has taken his place. By the time the bread is eaten there are three stories about why. {jonas_want:There is a needle-prick on your thumb from Jonas's collar.} # place: women_barrack # note: makeev_semkin #id:h.d19.7b19
-> rumours

= rumours
# clear
Oksana, the youngest in your barrack, has the first story: he has gone over to the bosses, he has told them everything, and they will come tonight. She is nineteen, from a village near Zhytomyr, and she still jumps when a door bangs. She says it with her hands over her mouth. # speaker: oksana #id:h.d19.a8ef
# clear
A woman by the stove has the second: that Makeev said the soldiers will come whatever we build, that all this stacking of bricks is for nothing, and the others would not listen. The third story is that he is ill. The fourth story, that not one of you knows, goes untold. # discuss: makeev_rumour #id:h.d19.82b9
-> barricade

= barricade
~ time_of_day = "day"
# clear
In the afternoon the defence brigade comes round asking for hands. The barricade before the guardhouse is to go higher, with more adobe from what is left of the broken walls. Makeev, they say, thought it pointless. Sluchenkov and Knopmus insisted on it, and they are still on the commission. # place: guardhouse # note: makeev_semkin #id:h.d19.0bab
# clear
Vera is there before you, sleeves rolled, passing bricks up to the picket on top. "The commission says build," she says, "so we build." {bond_vera >= 2:She makes room for you beside her, as for one of her own.|She nods you to the end of the line, where the new hands go.} Oksana won't come. Maia comes, slowly, and carries one at a time, resting between. The dust blows into everyone's eyes. # speaker: vera #id:h.d19.9d2e
# clear
The bricks are heavy and crumble at the edges. Halfway through the afternoon a woman from your barrack sets hers down and says what the second story said: bricks don't stop soldiers. She turns to you. So does Vera, holding out the next brick. #id:h.d19.27a0
* [Take the brick from Vera #id:h.d19.0971]
    ~ bond_up(bond_vera)
    ~ built_barricade = true
    # clear
    You take it, and the next, until your arms shake and your palms are red with clay. By dark the barricade is a hand higher. It won't stop an army, and you know it. Vera, at the end, wipes her hands on her apron and shakes yours, clay and all, like a man closing a bargain. #id:h.d19.c4ef
* [Put your brick down beside hers #id:h.d19.2644]
    ~ trust_down()
    # clear
    You set your brick on the pile and step back. Vera's hand stays out a moment, then drops. "Makeev's girls," she says, without heat, and turns to the next woman. You walk back alone between the barracks. Bricks are bricks, and you know what soldiers do. # speaker: vera #id:h.d19.94de
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
Friday, 4 June. A wind from the south-east, steady and warm, blowing toward the settlement. On the roof of the next barrack a man sits with a kite across his knees. Aslan is a Chechen from the 2nd lagpunkt. The Chechens offered to make kites, and the commission said yes. # place: women_barrack # note: kites_leaflets #id:h.d20.b3c1
-> roof

= roof
# clear
The kite is paper on a frame of thin laths, as tall as a child. Under its tail hangs a bundle of leaflets, tied to come loose high up. "The wind does the work," Aslan says. "I only ask it nicely." He lets out the string, and the kite climbs over the wire. {built_barricade:Your palms, still red from yesterday's bricks, ache just watching.} # speaker: aslan #id:h.d20.469b
# clear
Over the settlement the bundle opens, and the leaflets go down like white birds. At once there is running outside the wire: warders on foot, two on motorcycles, one on a horse, chasing paper through the streets. Then the guards send up kites of their own, to tangle the string. This time Aslan's climbs clear. # place: settlement #id:h.d20.b573
# clear
The leaflets come from the commission's propaganda service, which Knopmus of the 2nd lagpunkt heads. Each one asks whoever finds it to send it on to the Central Committee. The service needs copies by hand for tomorrow's wind, from women who write clearly. Your hand is clear. It is also in your file. # note: kites_leaflets # document: leaflet_kite #id:h.d20.099c
* [Copy leaflets in your best hand #id:h.d20.a233]
    ~ loud_up("leaflets")
    # clear
    You write forty before dark, the same few lines, until the words stop meaning anything and then start meaning more. Aslan takes the stack without counting it. "Good letters," he says. "Round. People trust round letters." You wonder who else, out there, will learn to know them. # speaker: aslan #id:h.d20.ef9e
* [Let others write: your hand is known #id:h.d20.5ce0]
    # clear
    You give your pencil to a girl from Riga whose letters look like fence posts, and hold Aslan's string instead. It pulls like a live thing. "Afraid of your own handwriting?" he asks, not unkindly. "Yes," you say. He nods. "Then hold on tight." # speaker: aslan #id:h.d20.be7f
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
Saturday, 5 June. The technical men try a balloon: cigarette paper glued into a bag as tall as a man, with a little brazier underneath to fill it with hot air. It rises, wobbles, drifts the wrong way, catches on the wire and burns there in a minute. The whole zone groans. {loud_deed == "leaflets":Your fingers are still grey with pencil from yesterday's forty leaflets.} # place: fire_zone # note: kites_leaflets #id:h.d21.678f
-> shots

= shots
# clear
In the afternoon smoke balloons go up instead, dark and slow, with slogans painted on their sides: SAVE WOMEN AND OLD MEN FROM BEATINGS! and WE DEMAND A MEMBER OF THE PRESIDIUM OF THE CENTRAL COMMITTEE! They drift out over the settlement. From the towers the guards open fire on them. # place: watchtower #id:h.d21.37dd
# clear
At the first shots Oksana drops flat in the dust between the barracks, hands over her head. It is only paper they are shooting at; her body doesn't know that. When you kneel beside her, she says into the ground: "I want to go home. I want to go home." #id:h.d21.40e5
# clear
Around you women are jeering at the guards, who are wasting bullets on the sky. Oksana grips your wrist. "Tell me it will be all right," she says. "Just say it. Even if you don't know." # speaker: oksana #id:h.d21.803c
* [Say it: "It will be all right." #id:h.d21.77b5]
    ~ oksana_told = "all_right"
    # clear
    "It will be all right," you say. She lets go of your wrist slowly, finger by finger, and sits up. She believes you, or wants to. You look up at the balloon drifting on, shot through and still flying, and try to believe it yourself. #id:h.d21.646b
* [Tell her the truth: no one knows #id:h.d21.1ef9]
    ~ oksana_told = "truth"
    # clear
    "I don't know," you say. "No one knows. That's the truth." Oksana flinches, then nods and gets up by herself. Later you hear her whispering to the girl in the next bunk, and you know she is asking someone else to say it. #id:h.d21.850a
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
Sunday, 6 June. At the Sunday liturgy Father Ihor asks something new. Pray for the soldiers on the towers, he says. They are boys from villages like yours, and they have orders, and one day they will have to live with what they did. Some of the women shift their feet. {oksana_told == "all_right":Oksana stands close to you, as she has since the balloons.|Oksana stands with the girl from the next bunk, not with you.} # place: women_zone # speaker: ihor #id:h.d22.8331
* [Pray for the boys on the towers #id:h.d22.06c8]
    ~ prayed_for_towers = true
    # clear
    You pray for them, for {loud_deed == "solo":the one who listened to you sing|the one who watched the choir} and the ones you have never seen. The words come out stiff, like a new shoe. Afterwards you feel lighter, and you can't tell whether that is grace or only tiredness. Father Ihor catches your eye and nods. #id:h.d22.ea84
* [Pray only for your own #id:h.d22.9d76]
    # clear
    You pray for Mykola, for {married:your husband|Jonas}, for Maia, for your mother in the village. The towers can pray for themselves. Father Ihor keeps his eyes on the cloth on the table. After the blessing, an old woman beside you whispers that she did the same. #id:h.d22.f3c4
- -> radio

= radio
~ time_of_day = "evening"
# clear
In the evening the zone's own loudspeakers play a programme called "Crocodile tears". It reads out the bosses' sudden, tender concern for the poor women of the zone, and then reminds everyone who used to beat those women, and how. The barrack laughs so hard the lamp shakes. # note: loudspeakers_radio #id:h.d22.36c6
# clear
# note: loudspeakers_radio
Then the news, read by the voice the whole zone knows by now, Slava Yarimovskaya's. You don't catch every word; you catch the calm. Outside the wire the bosses' loudspeakers start up their gramophone record, turned loud, to drown out anything meant for the soldiers. # note: authorities_loudspeakers #id:h.d22.6c01
{ ties_underground >= 1:
    -> paper
- else:
    # clear
    Walking back, you pass Mykola by the bathhouse. He is talking to a woman from barrack 9, low and fast. He sees you and lifts a hand, and goes on talking. Someone else carries his papers now. You tell yourself that is what you wanted. #id:h.d22.640f
    -> day_23
}

= paper
# clear
After the broadcast a woman from barrack 9 presses a folded square into your hand on the steps, without a word, and goes in. It is for Mykola's people. The paper is so thin that against the lamp in the window you could read it without unfolding it. # place: women_barrack #id:h.d22.1b38
* [Hold it to the lamp #id:h.d22.258a]
    ~ knows_names = true
    # clear
    Names, in pencil, in two columns: some you know from the bread line, some you don't, and one that is Mykola's. A rota, or a list of something, or of someone. You read it twice, and then you cannot unread it. You carry it to the 3rd lagpunkt with the names walking in your head. # place: mykola_barrack #id:h.d22.edc5
* [Carry it unread #id:h.d22.78fe]
    # clear
    You put it in your shoe and walk across the dark to the 3rd lagpunkt. The zone is open; you walk it like a street. Mykola reads it with his back to you and puts it in the stove. "You didn't read it," he says. It isn't a question. # place: mykola_barrack # speaker: mykola #id:h.d22.8e5e
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
Monday, 7 June. The bosses' loudspeakers outside the wire start at six. Prisoners, go back to work. The coal trains are standing at the station, unloaded. Go back to work. Then the gramophone record, then the same again, and again, until you hear it in your sleep. {knows_names:You slept badly anyway: the names from the paper walked all night.} # speaker: loudspeaker # note: authorities_loudspeakers # place: guardhouse #id:h.d23.2022
-> work

= work
# clear
{ role:
- "kitchen": In the kitchen Vera's count of the sacks is smaller every morning. {mercy:It is still on the wall by the hatch, where you left it; the line reads it and goes quiet.|She tells it to you from her notebook before anyone else comes in, the way other people tell the weather.} {bond_vera >= 3: "Don't look at them," she says. "Look at the pot. The commission is looking at the sacks."|She says nothing more about them, and neither do you.} #id:h.d23.21a4
- "hospital": In the hospital a woman has a fever that will not break. {gentle: She is very weak.|Her lips have cracked, and she no longer knows where she is.} There is nothing to give her but water and a wet cloth. The doctor has asked the commission to ask the bosses for medicines again. Nothing has come, and he has stopped saying "yet". #id:h.d23.ebb0
- "messenger": You carry the hospital's list to the commission: iodine, bandages, something for fever. The commission sends the list out to the bosses. Nothing comes back. The doctor folds his copy and keeps it in his pocket, for later, he says, for someone to read. #id:h.d23.bad0
- else: In the workshop you sew tails for Aslan's kites from strips of old sheets, and bags for leaflets. Lida says it is the first useful thing this workshop has made in years. No one laughs, because no one is sure it is a joke. #id:h.d23.2677
}
# clear
At supper Oksana says it quietly, into her bowl: "If they opened the gate, I'd go. I'd go to work, I'd go anywhere." The woman beside her stops eating. In the zone it is a thing people think. It is not a thing people say. Oksana hears her own words, and goes red to the ears. # place: women_barrack # speaker: oksana #id:h.d23.bed7
-> letter_home

= letter_home
~ time_of_day = "evening"
~ temp line_two = ""  // "family" or "home": the letter's text is written out where it is read, so a translation holds it whole
# clear
No post has gone out since the walls came down; nothing leaves the zone but kites. You write to your mother anyway{married:, a married woman she has never heard of}, on the back of a used rota, with the pencil stub you keep in your hem. A letter for when letters go again. You have room for three lines. "Dear Mama," you write. Then you stop. #id:h.d23.4d86
* [Write: "I am well, and we are fed." #id:h.d23.1051]
    ~ mother_letter = "comfort"
* [Write: "We are free here, for now." #id:h.d23.e619]
    ~ mother_letter = "truth"
- (second)
# clear
The first line sits there in pencil, looking more certain than you are. Outside, the bosses' record starts again. You turn the pencil over. The second line is harder: what to tell her of the people here. #id:h.d23.8fb2
* [Write about {married:your husband|Mykola} #id:h.d23.ba88]
    ~ line_two = "family"
* [Ask about the cherry tree and the cow #id:h.d23.8b0e]
    ~ line_two = "home"
- (third)
# clear
Two lines. A woman on the next bunk is asleep with her mouth open; Maia is mending by the last of the light. You have to sign it, and a letter can be read by anyone who finds it: a soldier, an officer, a clerk with a file. #id:h.d23.72db
* [Sign it with your full name #id:h.d23.9004]
    ~ signed_letter = true
* [Sign it only "your daughter" #id:h.d23.ef51]
- (read_back)
# clear
You read it over. "Dear Mama. {mother_letter == "truth":We are free here, for now. I don't know for how long.|I am well, and we are fed.} {line_two == "home":Is the cherry tree bearing? Does Krasunia still give milk?|{married:I am married, Mama, to a Lithuanian called Jonas, by a priest. You would like him.|Mykola is near me. He looks like Tato now.}} {signed_letter:Your daughter, Halyna Savchuk.|Your daughter.}" The longest letter you have written in four years, and the shortest. You fold it in four and put it under your pillow. #id:h.d23.e909
-> day_24

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
Tuesday, 8 June. Someone in the 2nd lagpunkt has kept pigeons all this time, under a roof, on crumbs the birds should never have had. Today they go up with leaflets, circle twice over the zone, and turn for the settlement. On the towers the guards watch them go and can do nothing about it. Aslan, on his roof, claps once, one craftsman to another. # place: lagpunkt_2 # note: kites_leaflets # discuss: who_saw_the_kites #id:h.d24.8a6c
-> concert

= concert
~ time_of_day = "evening"
# clear
In the evening there is a concert in the dining hall, the tables pushed back, men and women on the same benches. A Latvian plays an accordion with two dead keys. Three Lithuanians sing something slow. A Russian recites Pushkin from memory, forgets a line, and two hundred people prompt him. # place: dining_hall_2 # note: cafe_culture # crossing: c24 #id:h.d24.4b78
# clear
{jonas_want: Jonas stands at the back with the technical men, the collar you turned white at his neck. He sat for the man with the pencil this morning, he mouths at you, and holds up two fingers: two drawings.|Jonas stands at the back with the technical men, his collar frayed as before, turned up as though that hid it.} They have run a wire so that the loudspeakers carry the hall to every barrack. # fact: c24.concert #id:h.d24.79c3
# clear
Then the choir. The choir-mistress gives you the first line of the new song, the one someone wrote here, with the refrain "We will not be slaves". {loud_deed == "solo":Since your solo at the liturgy she doesn't ask; she only nods at you.|She raises her eyebrows: will you?} # fact: c24.refrain #id:h.d24.aad4
* [Sing the first line alone #id:h.d24.eb65]
    ~ loud_up("hymn")
    # clear
    You sing the first line alone. The hall takes the second from you, and by the refrain it belongs to everyone. Outside, the loudspeakers throw it over the wire. You think of the soldiers on the towers hearing it, and of whoever out there is writing down who sang. # fact: c24.first_line.solo #id:h.d24.5a68
* [Let the whole choir begin together #id:h.d24.1589]
    # clear
    The choir begins together, and you are one voice among forty. By the refrain the whole hall is standing. Afterwards someone copies the words out for the wall newspaper, with the names of the choir underneath. You are glad yours is missing, and ashamed of being glad. # fact: c24.first_line.together #id:h.d24.2b1f
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
Wednesday, 9 June. The bosses' loudspeakers have something new this morning, read slowly, twice. An order of the Gulag: the Kengir division is to be disbanded. Unless the prisoners go back to work by the deadline, everyone will be shipped to Magadan. Everyone. Men and women. # speaker: loudspeaker # note: authorities_loudspeakers # place: guardhouse # document: gulag_order #id:h.d25.0279
-> magadan

= magadan
# clear
Magadan is the port for Kolyma, at the far end of everything. Not a woman in your barrack has been there; every one of them knows someone who went. Oksana sits on her bunk with her bundle already tied, ready for a train that isn't there. Maia says: "They have threatened us with something for years. Now at least it has a name." # speaker: maia #id:h.d25.2e4b
# clear
By noon half the barrack is packing, just in case, the way you pack in a village when the river rises. You spread a rag on your bunk. Two things, you decide: anything more and you would not carry it across a station yard at a run. #id:h.d25.fc26
-> pack

= pack
~ temp first = ""
~ temp second = ""
- (pick)
* [The heel of bread from under your pillow #id:h.d25.1e68]
    { first == "":
        ~ first = "bread"
    - else:
        ~ second = "bread"
    }
* [Your needle and a reel of black thread #id:h.d25.f1c3]
    { first == "":
        ~ first = "needle"
    - else:
        ~ second = "needle"
    }
* [The letter to your mother #id:h.d25.b09b]
    { first == "":
        ~ first = "letter"
    - else:
        ~ second = "letter"
    }
* [The comb {married:from your wedding morning|Motria gave back} #id:h.d25.0f11]
    { first == "":
        ~ first = "comb"
    - else:
        ~ second = "comb"
    }
- (picked)
{ second == "":
    # clear
    That is one. The rag looks very large around it. Across the gangway Oksana has packed everything she owns, and it still makes a small bundle. One more thing, you tell yourself, and then stop. #id:h.d25.b702
    -> pick
}
// Stored in one fixed order, so the two picks in either order arrive at day 26 as one value.
~ temp packed = "{first} {second}"
~ bundle = "{packed ? "bread":bread }{packed ? "comb":comb }{packed ? "letter":letter }{packed ? "needle":needle}"
# clear
You tie the corners on {bundle ? "bread":the heel of bread, }{bundle ? "needle":the needle and thread, }{bundle ? "letter":the letter to your mother, }{bundle ? "comb":the comb, }and nothing else. Maia watches and packs nothing. "I have been shipped before," she says. "What you keep is what they can't find." # speaker: maia #id:h.d25.b6fa
-> kuznetsov

= kuznetsov
~ time_of_day = "evening"
# clear
By evening the voice outside has turned to the chairman. Kuznetsov's release, it says, had been approved. Now it has been withdrawn. The voice says it calmly, like a clerk reading a list, and then again, to be sure. # speaker: loudspeaker # note: authorities_loudspeakers #id:h.d25.daa1
# clear
In your barrack it lands like a stone in a well. He was a colonel once, the women say. One of theirs. A woman by the stove says a man who was nearly free will bargain for himself. Another says that is exactly what the bosses want you to think. # discuss: kuznetsov_release #id:h.d25.6621
* [They want to split us from him #id:h.d25.8916]
    ~ trust_up()
    ~ hope_up()
    # clear
    "They're telling us so we'll stop trusting him," you say. "Why else say it twice?" The barrack goes quiet. Oksana undoes one knot of her bundle. It proves nothing. It is what you have, and tonight it is enough. #id:h.d25.bc4d
* [Maybe he'll bargain for himself #id:h.d25.b889]
    ~ trust_down()
    ~ hope_down()
    # clear
    "Maybe it's true," you say. "Maybe he'll trade us for his release." You hear how it sounds. The barrack lets it lie. Later, in the dark, you wonder whether you thought of it yourself, or whether the loudspeaker put it in your head and left it there. #id:h.d25.fd98
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
Thursday, 10 June. Nearly four weeks since the first night the men came over the walls. Today's scene is about hunger. You can read the scene, or a short summary. # cn: hunger #id:h.d26.d995
* [Read the scene #id:h.d26.0464]
    -> cut
* [Read a short summary instead #id:h.d26.4e03]
    -> cut_summary

= cut
# clear
The bread comes late today. Vera weighs each piece at the hatch as always, and the line goes quiet before she says the weight. Nothing has come in from outside for weeks. By noon everyone has a guess how long the sacks will last. {bundle ? "bread": The heel in your bundle suddenly looks like money.} # place: bakery # note: rations_hunger #id:h.d26.598f
# clear
The only record of this day will be the MVD's. Its act, written when it is all over, says that from today the prisoners' own commission cut everyone's bread to five hundred grams, and that the stores stood full. In the zone you have seen neither the act nor the inside of the stores. You have the piece in your hand. #id:h.d26.c9d1
# clear
{built_barricade:Vera, who carried bricks beside you, tells you and only you the count of the sacks: fewer every week.|Vera tells the line the stores must last, and that the commission knows its business.} A man at the hatch says Moscow should be told we are starving. Maia says hungry people are easier to hold together, and harder. # speaker: vera #id:h.d26.b308
# clear
{ role:
- "kitchen": At the cutting table you weigh each ration, and the knife has to be exact. A crumb too much for one is a crumb taken from another. Your hands learn the weight by evening. Your stomach learns it by the next morning. # place: kitchen #id:h.d26.bc19
- "hospital": In the hospital the sick get the same small piece. The doctor cuts his own in half and gives it to the boy with the fever. He tells you not to tell anyone, which is how you know he wants you to know it can be done. # place: hospital #id:h.d26.a3cd
- "messenger": You carry the bread lists round the barracks, the same weight against every name. At each door the silence is a different shape. In one a woman asks how long the sacks will last. You don't know. You are only the one holding the list. # place: women_zone #id:h.d26.87af
- else: In the workshop the women sew more slowly, and by afternoon the talk has stopped. At noon, which is no longer lunch, you take in the waistband of your own skirt by two fingers, and the woman beside you watches and says nothing. # place: sewing_workshop #id:h.d26.6e3d
}
-> evening

= cut_summary
# clear
(Summary.) From 10 June, by the MVD's account, the prisoners' commission cut everyone's bread to 500 grams a day; the same record claims the stores were full. In the zone nothing comes in from outside, and what the stores hold is anyone's guess. You get the same as everyone. Oksana has already eaten hers. # note: rations_hunger #id:h.d26.670a
-> evening

= evening
~ time_of_day = "evening"
~ health_down(1)
# clear
In the evening you hold your own piece: grey, heavy, still a little warm. Half the barrack eats it at once, to be sure of it. The other half cuts it in three, for morning, noon and night. Oksana has eaten hers already and is watching you. # discuss: bread_cut_500 #id:h.d26.2231
* [Eat it all now, while it's yours #id:h.d26.517a]
    # clear
    You eat it all, slowly, crumb by crumb, and for an hour you are warm. Oksana looks away while you eat, which is a kindness. In the night you wake and remember there is nothing under your pillow{bundle ? "letter":; even the letter is in your bundle}, and you lie there counting the hours to morning. #id:h.d26.586e
* [Cut it in three, for tomorrow #id:h.d26.15f9]
    # clear
    You cut it in three with a thread, the way the old women do, and wrap two pieces in a rag under your pillow. In the night you wake twice to check they are there. Both times, Oksana is awake too, and pretends not to be. #id:h.d26.57e0
* [Give Oksana a piece of yours #id:h.d26.5802]
    ~ up(bread_given, 1, 3)
    # clear
    You break off a piece and hold it out. She looks at it a long time before she takes it, and eats it with her back to you, in tiny bites. "I'll give it back," she says. You both know she won't be able to, and that you didn't give it to get it back. # speaker: oksana #id:h.d26.c8cc
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
Friday, 11 June. The Magadan deadline has come and gone. No trains, no ships, no soldiers: only the loudspeakers, which have moved on to other threats. The zone is quieter now. People walk more slowly to save their strength, and sit down wherever there is shade. # place: women_zone # note: authorities_loudspeakers #id:h.d27.43b0
# clear
You spend the day on your bunk with your eyes shut, not sleeping. The body can be very still when it has to be. The barrack is full of women doing the same. Someone hums. Someone counts under her breath. {signed_letter:Under your pillow the letter with your name on it rustles when you turn.} All day you are asked for nothing, and you ask for nothing. #id:h.d27.ac5d
-> oksana

= oksana
~ time_of_day = "night"
# clear
After lights-out Oksana climbs up to your bunk, the way the young ones do when they are frightened. {bread_given >= 1:She has saved the last crust of your bread since yesterday; she puts it in your hand, then takes it back, ashamed.|She lies down without a word, her back against yours, and you feel her shaking through two shirts.} # place: women_barrack #id:h.d27.4bc3
# clear
"What did you write to your mother?" she whispers. She saw you writing. You tell her: {mother_letter == "truth":that you are free here, for now|that you are well, and fed}. {mother_letter == "truth":"At least you told her something true," she says.|"So you lied to her too," she says, not unkindly.} {signed_letter:"And signed it with your name? Anyone could find it."|She asks if you signed it. Only "your daughter", you tell her.} # speaker: oksana #id:h.d27.b834
# clear
Then she puts her mouth to your ear. Her mother is ill at home. If she is in here when the soldiers come, she will never see her again. She wants to go out, to the gate, to the soldiers, to whatever is on the other side. She doesn't ask you anything yet. She only says it, and lies awake, and so do you. # speaker: oksana #id:h.d27.0c15
-> day_28

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
Saturday, 12 June. The hungry days go on, and fear comes with them. Today's scene has threats between prisoners in it, and fear. You can read the scene, or a short summary. # cn: fear #id:h.d28.fade
* [Read the scene #id:h.d28.f193]
    -> threat
* [Read a short summary instead #id:h.d28.b424]
    -> threat_summary

= threat
# clear
In the morning a new word goes round, from the men's zones to the women's, passed mouth to ear like bread. Sluchenkov of the commission has warned, it is said, that anyone who tries to surrender will be dealt with five minutes before the surrender. # note: coercion_inside #id:h.d28.54ae
# clear
Behind it comes a second word, quieter: that there is a list. A black list, of people who would not stand with the revolt. You know of nobody who has seen it. {knows_names:You think of the paper you held to the lamp, two columns of names, and wonder what list that was.|Everyone who hears of it starts to think about what they have said aloud.} #id:h.d28.27cc
# clear
Oksana hears it at the washstand, and goes white. At noon she finds you behind the bathhouse. {oksana_told == "all_right":"You told me it would be all right," she says. "It isn't. So help me make it all right."|{oksana_told == "truth":"You're the one who tells me the truth," she says. "So I'm asking you straight."|"I've no one else to ask," she says.}} "Tonight. Will you come?" # place: bathhouse # speaker: oksana #id:h.d28.b432
-> decide

= threat_summary
# clear
(Summary.) A threat is passed round the zone in the name of Sluchenkov, a commission member: anyone who tries to surrender will be dealt with before they can. There is also talk of a "black list", which you know of only by hearsay. Frightened, Oksana tells you she will try to leave tonight, and asks you to come. # note: coercion_inside #id:h.d28.a707
-> decide

= decide
# clear
You tell Maia nothing, and she guesses everything. She goes on mending her stocking. {mercy:"I've watched you since the first free morning," she says. "You side with people against the rule. Good. Only know that you're doing it."|"I've watched you. You keep to the rules, mostly. Good. Only know why."} "Whatever you do, do it so you can live next to yourself afterwards." # speaker: maia # discuss: leaving_the_zone #id:h.d28.fa66
* [Walk her to the wire yourself # history: oksana_leave # place: guardhouse #id:h.d28.9632]
    ~ helped_leaver = true
    -> walk
* [Talk her out of it, all night if need be # history: oksana_leave #id:h.d28.fa53]
    -> stay
* [Tell the barrack's representative # history: oksana_leave #id:h.d28.3220]
    ~ trust_up()
    -> tell

= walk
~ time_of_day = "night"
# clear
At two you go out together along the backs of the barracks, in the dark between the searchlight's sweeps. Oksana holds your hand like a child. By the guardhouse the barricade stands black against the lights beyond it. On the other side, soldiers are talking about football. # place: guardhouse #id:h.d28.d562
# clear
A picket sits against the saman with an iron bar across his knees, asleep, or pretending. Beyond him: the wire, the raked strip of the fire zone, the lights. Thirty steps, and a board that says MINED. Oksana lets go of your hand. The searchlight comes round and lies on the strip, white as a sheet. #id:h.d28.95a5
# clear
She doesn't move. Her legs won't, she whispers. Not tonight. She is crying without a sound. You take her hand again and turn her round. As you go, you see that the picket's eyes are open. He says nothing, and looks at your face for a long moment, the way you look at a face to remember it. #id:h.d28.eeb6
# clear
You walk her back. At the barrack door she holds on to your hand a moment longer. "You came with me," she whispers. You did what she asked, and she is still inside. You lie awake till dawn, wondering what the picket will say tomorrow, and to whom. #id:h.d28.a693
-> day_29

= stay
~ time_of_day = "night"
# clear
You sit with her on the bunk while the searchlight passes a hundred times. You say everything: the wire, the list, the soldiers, her mother, who would rather have a daughter in a camp than a daughter shot at a gate. Oksana cries, and argues, and cries. Near dawn she falls asleep against your shoulder, dressed for going. #id:h.d28.d5af
# clear
In the morning she won't speak to you. But she is there in the bread line, with her bundle untied. You don't know whether you have saved her from something or taken something from her. You think you won't know for a long time. #id:h.d28.89a8
-> day_29

= tell
# clear
You go to Stefa, the woman your barrack chose to speak for it, and tell her. Not to punish Oksana, you say: to keep her away from the wire and the lists. Stefa listens, thanks you, and says she will talk to the girl herself, tonight, and that it can stay between the three of you. # place: women_barrack #id:h.d28.f5ef
# clear
That evening Stefa sits on Oksana's bunk for an hour, talking low. Oksana goes nowhere that night. She doesn't speak to you either, then or the next day. Once, in the bread line, you catch her looking at you the way the barrack used to look at women who talked to the security officer. #id:h.d28.0ed8
-> day_29

=== day_29 ===
~ day = 29
~ time_of_day = "evening"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Sunday, 13 June. At evening prayers Father Ihor says the Our Father slowly, and stops for a moment after "our daily bread", waiting for someone to laugh. The crowd is silent. You say the rest with him. {married:Beside you Jonas says it in Lithuanian, half a beat behind.|Across the crowd you see Jonas, saying it in Lithuanian.} # speaker: ihor # note: weddings_faith # place: women_zone # crossing: c29 # fact: c29.bread # fact: c29.jonas #id:h.d29.0746
// After the first line: a day restarted from its checkpoint runs the lines above again.
~ health_down(1)
-> watch

= watch
~ time_of_day = "night"
# clear
{on_watch:Your name has been on the rota since the first free night, and tonight the rota sends you out to the barricade by the guardhouse, with a bucket of water for the pickets and a lamp you must not light.|The woman on the rota tonight has a fever, and Maia's legs won't take her. The brigadier looks round the barrack for someone who has not yet sat a night, and finds you.} # place: guardhouse #id:h.d29.d5ba
# clear
Eleven o'clock. Two boys from the 3rd lagpunkt sit on the barricade with iron bars, their backs to the saman, facing the lights. You give them water, a mug each. {built_barricade:The bricks at your back are the ones you carried; you know one by its broken corner.|You sit against bricks that other women carried.} One boy says the chairman will sell them all. {trust_commission >= 2:You tell him to shut his mouth.|You find you have no answer.} # note: defence_pickets #id:h.d29.7738
# clear
One o'clock. A voice comes across the fire zone, not through a loudspeaker: a young man's, with a northern "o". "Pickets! Who's awake?" The boys grin at each other. "Lieutenant Orlov," one whispers to you. "He comes some nights. He's not supposed to." # speaker: orlov #id:h.d29.46d2
# clear
{ loud_deed:
- "solo": "A woman sang at your service, two Sundays back," Orlov calls. "High voice. We heard every note on the tower. My sergeant cried; he says it was the dust." The boys look at you. They were there. #id:h.d29.e21a
- "leaflets": "One of your papers came down in our yard," Orlov calls. "Round letters, like a schoolmistress's. I burned it. Orders. I read it first." One of the boys looks at your hands on the bucket. #id:h.d29.9a24
- "hymn": Orlov hums a tune across the dark, badly: the refrain the hall sang on Tuesday, thrown over the wire by the loudspeakers. "That's yours, isn't it? Who sang the first line?" The boys look at you. They were in the hall. #id:h.d29.bfce
- else: "Have you water over there?" Orlov calls. "Ours comes in a tin, warm as soup." He talks about football, and about Vologda, where he is from, and about nothing. The boys answer him rudely, and he laughs. #id:h.d29.1813
}
# clear
{loud >= 2:"Your voice, your hand," the other boy mutters to you. "Half the zone knows them, sister. Now the other side does." }"Who's that with you?" he calls. "I heard a bucket. A woman? Say something, sister. I haven't heard a woman's voice in a month that wasn't on a record." The boys wait. The searchlight lies on the strip between you, and in it nothing moves. # speaker: orlov #id:h.d29.0c88
* [Answer him across the wire #id:h.d29.4ef3]
    ~ orlov = 2
    # clear
    "There is water," you call, "and no tin." Your voice goes over the strip, small. A silence; then he laughs, pleased as a boy. "Thank you, sister." He doesn't ask your name. You have given him your voice, and he will know it again. # speaker: orlov #id:h.d29.1ef3
* [Keep your mouth shut #id:h.d29.4d3c]
    ~ orlov = 1
    # clear
    You keep your mouth shut and your hand on the bucket. One of the boys calls back something rude about the tin. Orlov laughs, and says goodnight to them both by name, the way a sergeant does to his own men. You know his voice now. He doesn't know yours. #id:h.d29.6972
- -> small_hours

= small_hours
# clear
Three o'clock. It is still full dark; the east will not go grey for an hour. The boys doze by turns. {prayed_for_towers:You prayed for the boys on the towers a week ago, all of them, no faces. Now one of them has a name, and a sergeant who cries.|You look at the towers and think: they have names, all of them. You had rather they didn't.} #id:h.d29.ef5b
# clear
{knows_names:The names from the paper you held to the lamp walk in your head all night, Mykola's among them. You keep your mouth shut on them the way you keep your hand shut on a coin.|You think of nothing, for whole minutes at a time, which is the trick of a night watch.} At four the sky pales behind the guardhouse, and the relief comes, yawning. #id:h.d29.9ed4
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
Monday, 14 June. Nothing happens, and that is the news. At the pump {orlov == 2:a woman asks if it's true that you chat with officers now. The boys from the barricade have talked.|the women talk about a lieutenant who calls across the wire at night. The boys from the barricade have talked.} {health <= 5:The short bread and the night at the barricade are in your legs: they are slower on the steps than a month ago.} # place: women_zone #id:h.d30.e215
# clear
At the hatch Vera {built_barricade or bond_vera >= 3:tells you the count of the sacks under her breath, as she tells no one else, and then, for the first time, the number she fears: how many days. She doesn't say it aloud. She holds up fingers.|weighs your piece, says the weight, and looks past you to the next. "The commission knows," she says to the whole line, "what the stores hold."} # place: bakery # speaker: vera #id:h.d30.59b9
-> step

= step
~ time_of_day = "evening"
# clear
{married:In the evening you sit with Jonas on the barrack step, your shoulder against his, while the searchlight comes and goes.|In the evening you sit on the barrack step with Maia while the searchlight comes and goes.} {jonas_want:{married:He shows you the drawing: a pencil face on the back of a work form, a young man in a turned collar, failing not to smile. It is in his shirt pocket, for his mother, for when letters go.|Jonas passes with a coil of wire and stops to show you the drawing: a young man in a turned collar, failing not to smile. "For when letters go," he says, and goes on.}|{married:He talks about Kaunas, a river, a bridge. His collar is still frayed.|Jonas passes with a coil of wire, lifts his cap to you, and goes on, his collar still frayed.}} # place: women_barrack # crossing: c30 # fact: c30.step # fact: c30.together # fact: c30.drawing #id:h.d30.d2e9
# clear
Behind you Oksana is asleep{helped_leaver: on the bunk next to yours, as since the night at the wire|, her face to the wall}. Your bundle is still tied under the bunk{bundle ? "letter":, the letter in it}{bundle ? "needle":, the needle in it}{bundle ? "comb":, the comb in it}{bundle ? "bread":, the bread long eaten}. {ties_underground >= 1:No paper comes tonight; you find you are waiting for one.} {bond_maia >= 4:Maia leans against your shoulder, as she never used to.|Maia sits a hand's width away, as always.} She asks what you pray for now. She doesn't, but she likes to know. # speaker: maia #id:h.d30.3339
* [That it lasts #id:h.d30.0059]
    ~ wish = "lasts"
    # clear
    "That it lasts," you say. "Just this. The step, the light, and not a single count." Maia nods. "A modest prayer," she says. "Those are the ones that frighten me." She puts her hand over yours, and you sit like that until the lamp inside goes out. # speaker: maia #id:h.d30.a123
* [That it ends, any way at all #id:h.d30.8601]
    ~ wish = "ends"
    # clear
    "That it ends," you say. "Any way at all. I can't keep waiting." Maia doesn't argue. She says that in her experience things do end, and rarely the way you asked. Then she goes in, and you sit on alone with the searchlight for company. # speaker: maia #id:h.d30.94f5
* [That the people I love come through #id:h.d30.1a38]
    ~ wish = "people"
    # clear
    "That they come through," you say. "{married:Jonas|Mykola}, and you, and Oksana. Whatever happens." Maia says it is the only prayer she has ever heard that makes sense to her. You sit together without talking, and the zone goes quiet around you, barrack by barrack. # speaker: maia #id:h.d30.3d66
- Tomorrow is Tuesday, the fifteenth of June. #id:h.d30.68d5
-> day_31
