// Pavel, Act III "The republic", first half: p_day_13 to p_day_21 (writer p3).
// Brief: docs/briefs/pavel-arc.md, pavel-writers.md and crossings.md (C4: c4b on day 18).
// Real people here appear only as ink, camp talk or a paper from behind the closed door, each line
// with a # note. The minute-book, the leaflet copy, the wedding paper and the script are fiction.
//
// Choice points and where each one echoes:
//   13 p3_minutes (names | roles)        -> 15, 16, 19 (how the entries read)
//   14 p_hand, p3_leaflet (clean | block) -> 14 evening, 20 (the kites), 21 (the script); p_hand: selection, end
//   16 p_hearsay (said | reported | left_out) -> 17 (Tarasov, Matvei); contract: 41, interrogation, end
//   18 noon: bond_antanas, p3_noon (rushnyk | back) -> 18 café (how he knows the young man), 20; bond_antanas: 42
//   18 paper: p_wedding_paper, p_names  -> 18 night, 19, 21; contract: 41, 42, end
//   19 p_table, p3_seat (table | back)   -> 19 (Grisha), 20 (the argument at the bunk); p_table: selection
//   20 bond_tarasov                       -> 20 night (same day), 21 (how Tarasov asks); contract: 40, 42
//   21 p_hand                             -> 21 night (same day); contract: selection, end
// Memory variables (story/variables.ink, p3 section) later writers may read: p3_minutes, p3_leaflet,
// p3_noon, p3_seat.

// ---------------------------------------------------------------- Friday 28 May
=== p_day_13 ===
~ day = 13
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = false
~ kites = false
~ hunger = false
# clear
Friday, 28 May. You are at the board on trestles before anyone else, with the minute-book: a stores ledger, its columns ruled for flour and nails. You draw one line down through the columns and write the date in the corner, small, as the army taught you. # place: commission_rooms # note: p_commission_minutes #id:p.pday13.23fb
# clear
A minute is not what was said. It is what the room agrees was said. In 1942 a German clerk wrote your name on a card; in 1949 a Soviet one wrote it on another. {p1_book:Since the 16th your own sheet has ridden in your cap lining, read by nobody. This book will be read by anybody.|Both had neat hands. On the 16th you chose to keep no paper of your own. Now you keep everyone's.} #id:p.pday13.374d
# clear
Tarasov comes in with the kettle and last night's loose sheets. "Everything from the 27th, and everything from now on. Who spoke, what was decided." He taps the ledger as he once tapped a pupil's desk. {p2_terms == "any":"You said whatever the commission needs. It needs who spoke."|{p2_terms == "minutes":"Minutes, as you said. No lists. But who spoke is a minute, Pavel."|"You said ask again tomorrow. It's tomorrow every day now. Who spoke, Pavel."}} # speaker: tarasov # document: commission_notice #id:p.pday13.3fbb
# clear
Yesterday names were said aloud before the Moscow commission and about two thousand men. Written down, a name waits in a drawer for whoever opens it next. {p1_list == "names":Your own list of the 18th, eleven lines, is still in your cap.|{p1_list == "count":Your own list of the 18th is a count now, its names torn off.|Your own list of the 18th is ash.}} The first entry needs a form, and the form will be the rule. # note: may27_demands #id:p.pday13.59b5
* [Names in full: who spoke, who moved, who agreed #id:p.pday13.b8ec]
    ~ p3_minutes = "names"
    # clear
    You write them in full, initials and surname, as a court would want them. A minute without names is gossip, you tell Tarasov, and he nods, pleased. By noon the page is dense with men who stood up in a room. #id:p.pday13.f137
* [Offices only: "a member for the 2nd lagpunkt" #id:p.pday13.7cce]
    ~ p3_minutes = "roles"
    # clear
    You write offices, not men: "a member for the 2nd lagpunkt", "the chairman", "a man from supply". Tarasov frowns. "History will want names." "History can ask," you say. By noon the page reads like a field manual, and nobody in it can be found. #id:p.pday13.d213
- 
# clear
In the evening Matvei finds you on your bunk with ink on your thumb. "Article Fifty-Eight has a paragraph for everyone," he says, lying down with his boots on. "Yours is the one for people who write things down." {bond_matvei >= 3:He means it kindly, in his way.|He does not entirely mean it kindly.} # place: barrack_pavel # speaker: matvei #id:p.pday13.c633
# clear
{p_petition == "his_words":You wrote his petition in his own words once, and he has never let you forget that you can.|{p_petition == "law":You wrote his petition in the law's words once, and he has never forgiven the law for not answering.|He has never let you write anything for him, and he watches your pen as if it owed him money.}} You wipe the nib on your trouser leg and lie down too. #id:p.pday13.59a1
-> p_day_14

// ---------------------------------------------------------------- Saturday 29 May
=== p_day_14 ===
~ day = 14
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Saturday, 29 May. This morning the zone has a voice. The technical men have turned the amplifiers from two film projectors into loudspeakers, and a man reads the news over the 2nd lagpunkt, coughs, and apologises for coughing. Half the barrack laughs. The other half listens for the next word. # place: lagpunkt_2 # note: loudspeakers_radio #id:p.pday14.cb2f
# clear
At your board Tarasov puts down a sheet with no name on it, every line underlined twice. "For the propaganda service. Forty copies by tonight, in a hand that can be read from a fence." {p2_terms == "minutes":"It isn't minutes," you say. "Nor a list of men," he says.|{p2_terms == "any":"Whatever the commission needs," he adds, in your words.|"This one can't wait till tomorrow," he adds.}} # place: commission_rooms # speaker: tarasov # note: kites_leaflets #id:p.pday14.fb1c
# clear
You read it as you will copy it. We are for Soviet laws but against those who distort them. Long live the Soviet Constitution! We demand respect for human rights! And at the foot, smaller: whoever finds this is asked to pass it to the Central Committee. # note: p_leaflet_copy #id:p.pday14.ab5a
# clear
Your hand is the best in the 2nd lagpunkt, and it is on file: {p2_tally == "true":the brigade's work sheet, sixty-three per cent, true and short.|the brigade's work sheet, a hundred and two per cent, neat and false.} A leaflet that reaches the settlement reaches a desk in the end. Somewhere a man will lay two papers side by side and compare the hands, as you would. # discuss: p_hand_known #id:p.pday14.f521
* [Your clean hand: let it be read from a fence #id:p.pday14.0a9b]
    ~ p_hand_up()
    ~ p3_leaflet = "clean"
    # clear
    You write it as you wrote the demands: upright, even, every letter closed. Forty times. By the thirtieth the words have stopped meaning anything, which is how you know the copies are good. Tarasov holds one to the window. "It looks printed," he says. #id:p.pday14.7eee
* [Block capitals, square and nobody's #id:p.pday14.49d4]
    ~ p3_leaflet = "block"
    # clear
    You print it in block capitals, square and anonymous, the way a boy letters a sign for a shed. It is slower and uglier. Tarasov holds one up to the window. "Nobody will know who wrote this," he says, half a complaint. "That," you say, "is the idea." #id:p.pday14.4142
- 
# clear
By evening the copies are gone, carried off under a coat by a man who did not give his name; you did not ask it. In the minute-book you write: 29 May. Forty copies for the propaganda service. {p3_leaflet == "clean":You do not write whose hand. Anyone holding one could tell them.|You do not write whose hand. For once the paper itself does not know.} #id:p.pday14.19d9
-> p_day_15

// ---------------------------------------------------------------- Sunday 30 May
=== p_day_15 ===
~ day = 15
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Sunday, 30 May. Heat from nine in the morning. Nobody has gone out to work for days, and the barrack has the air of a holiday gone on too long. Antanas comes back from the Lithuanians' Mass shaved, his cap in both hands, like a man bringing news to an officer. # place: barrack_pavel #id:p.pday15.55c5
# clear
"Wednesday," he says. "Father Ihor will do it, at noon." {p2_wall == "watched":"She said yes to the note on the stone, the night you kept watch. Now she can say it aloud."|"She said yes to the note I gave her by hand, the morning after you held me back. Now she can say it aloud."} He sits, gets up, sits again. "You'll be there? You look like a witness." # speaker: antanas #id:p.pday15.8ee8
# clear
Matvei, from the top bunk: "A wedding under Article Fifty-Eight. The state will be touched." {p2_bet == "gate":"Bet him a ration it lasts, Pavel. You like losing bread."|"Pavel won't bet on it. Pavel never bets."} Antanas throws a boot at him. Through the door the loudspeaker reads the news in a woman's voice. Somebody says it is Slava Yarimovskaya. Nobody here can say it isn't. # speaker: matvei # note: loudspeakers_radio #id:p.pday15.29ed
# clear
In the afternoon you write up the week on the barrack steps. A zone of thousands, no wall inside it, no work, and its week fits on a page and a half. {p3_minutes == "names":Every line has a man's name in it.|Every line has an office in it, and no man.} The heat dries the ink unblotted. #id:p.pday15.423c
# clear
You read the page back as a stranger would, some day. It is orderly. It is dated. It would stand up in any court. {p1_promise == "written":In May you told yourself they keep everything. Now you do too.|In May you said words at a gate were wind. These will not blow away, which is the trouble with them.} You put the ledger under your shirt, out of the sun. #id:p.pday15.e299
-> p_day_16

// ---------------------------------------------------------------- Monday 31 May
=== p_day_16 ===
~ day = 16
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Monday, 31 May. Tarasov comes in late and does not put the kettle on. He sits on the edge of your board, which he never does, and tells you a story he had from a man who had it from another. He was a teacher; he knows where to pause. # place: commission_rooms #id:p.pday16.9337
# clear
The story is this. At some meeting with the Moscow people, nobody can tell him which, the general, Yegorov, asked the prisoners who had filled them with such hatred of the MVD. Only that: he asked. What anyone answered, the story does not say. "Put it in," Tarasov says. "It's the line of the month." # speaker: tarasov # note: p_yegorov_question #id:p.pday16.a894
# clear
You were at the table on the 27th, at the end, {p_table >= 1:on your feet when the hall stood|seated with the copy while the hall stood}. You do not remember the question. That proves only that a clerk hears his pen, not the room. Tarasov waits. The book lies open at a clean page. # discuss: p_who_wrote_it #id:p.pday16.2b7b
* [Enter it as said: the general asked # history: p_hearsay_entry #id:p.pday16.d8bc]
    ~ p_hearsay = "said"
    # clear
    You write it as fact: the deputy minister asked the prisoners who had filled them with such hatred of the MVD. {p3_minutes == "names":You give him his name and rank, as you give everyone.|Even he gets only his office, like everyone in your book.} It reads like truth because it reads like a minute. Tarasov is delighted. # note: p_yegorov_question #id:p.pday16.b28e
* [Enter it as reported, and by whom # history: p_hearsay_entry #id:p.pday16.5567]
    ~ p_hearsay = "reported"
    # clear
    You write: reported to the secretary, by men not named, that on a date not known the deputy minister asked who had filled them with such hatred of the MVD. The ugliest sentence in the book, and the only honest one. "You've killed it," Tarasov says. "I've labelled it," you say. # note: p_yegorov_question #id:p.pday16.a8b5
* [Leave it out: this room did not hear it # history: p_hearsay_entry #id:p.pday16.7670]
    ~ p_hearsay = "left_out"
    # clear
    "This room didn't hear it," you say. "I don't know who did." Tarasov says a good story is also a fact: the fact that men tell it. "Then somebody should write down that men tell it. Not in this book." He goes to put the kettle on after all. #id:p.pday16.8221
- 
# clear
The general writes his own reports, to his own ministry, in a hand you will never see. Two sets of minutes, facing each other across the wire, each sure the other lies. {p2_answer == "law":You told Matvei Moscow would answer by the law. You wonder now which set it reads.|You told Matvei that hearing costs them nothing. Reading costs them less.} You blot the page. # note: p_yegorov_question #id:p.pday16.872c
-> p_day_17

// ---------------------------------------------------------------- Tuesday 1 June
=== p_day_17 ===
~ day = 17
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Tuesday, 1 June. In the army you would have drawn a new ledger for the month. Here you rule a double line under May and begin June on the same page, because paper is scarcer than bread. {p1_book:That night the sheet in your cap gets its double line too, smaller.|You keep no sheet of your own to rule. The commission's June will have to be yours.} # place: commission_rooms #id:p.pday17.397b
# clear
{p_hearsay == "said":Tarasov has been reading your entry of yesterday aloud to anyone who comes in. By noon three men have copied the general's question onto scraps, and one tells it as if he had stood there. A minute becomes a memory by losing the word "minute".|{p_hearsay == "reported":Tarasov is still sulking about yesterday. But when a man from the 3rd lagpunkt asks about the general's question, Tarasov reads him your sentence, unknown date and all. "Not known," the man repeats, disappointed, and goes off to tell it without one.|Nobody asks for yesterday's entry, because there is none. By noon you have heard the general's question twice in the dining hall, at two different meetings, and once with a reply nobody could have given. You write none of it down.}} # note: p_yegorov_question #id:p.pday17.55ba
# clear
In the evening Antanas has two copper rings, cut from a pipe, one on a string round his neck. "Tomorrow at noon. Stand near me. A Russian at a Lithuanian wedding: it will look official." {p1_letter == "soon":"Then a letter to my mother. Soon, you wrote for me. Soon is tomorrow."|"Then a letter to my mother. One day, you wrote instead. One day is tomorrow."} # place: barrack_pavel # speaker: antanas #id:p.pday17.f0ac
# clear
In the dark Matvei asks what you wrote on Monday. You tell him. {p_hearsay == "said":"So now it's true," he says. "You've learned the trade from the men who wrote up our cases."|{p_hearsay == "reported":"Reported by whom to whom," he says. "Like a charge sheet. They'll love you in the archive."|"Left out what you didn't hear," he says. "You'd have been no use at my trial." It is the nearest thing to praise he has.}} # speaker: matvei #id:p.pday17.8f9a
# clear
Antanas is asleep, or pretending, with the ring in his fist. Across the gangway someone whistles a Lithuanian tune under his breath, badly, as if learning it for tomorrow. You count the hours to noon the way you once counted shells. #id:p.pday17.1094
-> p_day_18

// ---------------------------------------------------------------- Wednesday 2 June
=== p_day_18 ===
~ day = 18
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Wednesday, 2 June. Antanas has been up since before the light. {p2_wall == "watched":The last time he was this sleepless you kept watch for him at the wall.|The last time he was this sleepless you held him back from the wall.} He asks three times whether his shirt is straight. The fourth time you straighten it anyway: that is what a witness is for. # place: barrack_pavel #id:p.pday18.f422
-> noon

= noon
# clear
# crossing: c4b
At noon, in the open, Father Ihor stands at his table under the sun. An embroidered rushnyk lies on the dust for the couple to step on. Motria comes from the women's barracks with a borrowed comb in her hair and a wet face. Antanas walks to her as if the ground might give. # place: women_zone # note: weddings_faith #id:p.pday18.b78d
# clear
# fact: c4b.wedding.nadia
Father Ihor marries Antanas Butkus and Motria. The rings are cut from a copper pipe. The technical men have rigged a loudspeaker on a pole, so the whole zone hears the vows: one in Ukrainian, one in Lithuanian. Father Ihor writes nothing down: no book, no pen. You notice it as you would notice a missing button on a parade. # note: weddings_faith #id:p.pday18.5446
# clear
By the pole stands a young Lithuanian with headphones round his neck and one hand on the volume. You know the face from the windows on the 27th. Then Motria's hands shake, the ring goes onto the wrong finger, and a laugh goes round. Antanas looks for help: at you. # place: loudspeaker_pole #id:p.pday18.f194
* [Step forward and hold the rushnyk flat #id:p.pday18.92bc]
    ~ bond_up(bond_antanas)
    ~ p3_noon = "rushnyk"
    # clear
    You step forward and hold the rushnyk flat against the wind, so that Motria can look at her hands, not her feet. The ring comes off and goes on again, on the right finger. Antanas's eyes find yours and do not let go. # place: women_zone #id:p.pday18.4137
* [Stay back by the pole, where a clerk stands #id:p.pday18.4395]
    ~ p3_noon = "back"
    # clear
    You stay back by the pole, where you can see everything and be seen by nobody in particular. The ring comes off and goes on again, on the right finger. Beside you the young man with the headphones lets out his breath. #id:p.pday18.992f
- -> paper

= paper
# clear
In the afternoon Antanas and Motria sit on your bunk. "Father Ihor writes nothing," he says. "God has a good memory, he says. But God doesn't send letters to my mother. Write us a paper, Pavel. Both names." {p2_note == "wrote":"In your hand, like the note. She still knows that by heart."|"You taught me enough for a note. A paper needs your hand, so it looks like something."} # place: barrack_pavel # speaker: antanas #id:p.pday18.1940
# clear
You know what a paper with two names is. To them it is a marriage. To anyone else it is a list: a Lithuanian of the 2nd, a woman of the women's zone, a date. {p1_count == "covered":On the 17th you answered to his number in the dark so that no pencil would write it. This would be a pencil.|On the 17th a warder's pencil wrote his number down. This would be the second entry.} Nobody keeps a register of these weddings. # note: weddings_faith #id:p.pday18.2a30
* [Write it: both names, the date, your hand # history: p_wedding_paper #id:p.pday18.a768]
    ~ p_wedding_paper = true
    ~ p_names_up()
    # clear
    You take a clean sheet from the commission's stock, which is theft, and write it like a certificate: both names in full, Kengir, the date, and at the foot the word Witnessed. You do not sign it. Motria folds it in four and puts it inside her blouse. #id:p.pday18.8630
* [Refuse: the priest is right to write nothing # history: p_wedding_paper #id:p.pday18.2f26]
    # clear
    "Father Ihor is right," you say. "Nothing written, nothing found." Antanas looks as if you had refused him bread. Then Motria touches his arm. "He means it for us," she says, and it is she who thanks you, which is worse. #id:p.pday18.455c
- -> cafe

= cafe
~ time_of_day = "evening"
# clear
In the evening you go to the café alone: tables of bunk boards, and Count Bobrinsky pouring a "coffee" that has never met a coffee bean and singing old romances to a guitar. You have not sat at a table with a cup since 1941. # place: lagpunkt_2 # note: cafe_culture #id:p.pday18.2f54
# clear
At the next table sit a young Lithuanian with a frayed collar and a young woman. {p3_noon == "back":You stood beside him at the pole at noon; he does not look as if he remembers.|You saw him at the pole at noon, and before that at the windows on the 27th.} He is talking of a man who draws faces. #id:p.pday18.9426
# clear
# fact: c4b.collar.face
"They have your face already," the woman says. "In your file, front and side. Why give them another?" The young man says nothing for a while. Then he puts his cup down. You look into your own cup. #id:p.pday18.1ba4
# clear
Front and side. You have a file too, with a shaved face from 1949. And since the 27th you are somewhere else as well: a man at the end of the commission's table, {p_table >= 1:standing when the hall stood|seated among the papers}, in an officer's notebook if nowhere worse. You finish the coffee that is not coffee. #id:p.pday18.86ae
# clear
At lights-out Antanas comes back to his bunk, because the women's barracks keep their own doors, and lies turning the copper ring. {p_wedding_paper:Somewhere in the women's zone a paper in your hand is folded in four. You lie awake composing the entry you will not make.|You lie awake composing the paper you did not write.} # place: barrack_pavel #id:p.pday18.6364
-> p_day_19

// ---------------------------------------------------------------- Thursday 3 June
=== p_day_19 ===
~ day = 19
~ time_of_day = "dawn"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = false
~ hunger = false
# clear
Thursday, 3 June. Dust all morning, fine as flour: on the board, in the ink, in the gutter of the ledger. At ten Tarasov comes out from behind the closed door with one line on a scrap and gives it to you like a receipt. # place: commission_rooms #id:p.pday19.e2f4
# clear
The line says that A. F. Makeev, a member for the 3rd lagpunkt, has left the commission, and N. A. Semkin sits in his place. No reason, no vote. You copy it {p3_minutes == "names":with both names in full, as your rule demands|as your rule demands, "a member for the 3rd lagpunkt is replaced", and burn the scrap with the names}. # note: makeev_semkin #id:p.pday19.0bff
# clear
You ask why. Tarasov shrugs: he was not told, or was told not to say. In a minute-book the two come to the same thing. You write the date, the fact and a full stop. {p_wedding_paper:Yesterday you wrote a paper nobody asked the commission for. Today the commission gives you one line.|} #id:p.pday19.e23f
# clear
At dinner the camp has a reason ready. Makeev, they say, was against the barricades: he thought the troops would come and crush it all whatever was built. Sluchenkov and Knopmus, they say, insisted on defences. The man who says it was not there either. You eat your soup and write nothing. # place: dining_hall_2 # note: makeev_semkin #id:p.pday19.fafa
# clear
Somewhere in the 3rd lagpunkt a man who has just left the commission still has whatever he wrote on it, if he wrote anything. Every table has more than one clerk. {p1_book:You are two yourself: the book, and the sheet in your cap.|You keep no second record yourself; perhaps he did.} You would give a week's bread to lay his pages beside yours. # note: p_makeev_notes #id:p.pday19.afe3
-> meeting

= meeting
# clear
In the evening there is a meeting in the dining hall of the 2nd: pickets, water, who guards the bakery at night. Tarasov wants the minute-book at the front table, facing the hall. "It reassures them. A man with a pen, in front." {p_table >= 1:"You stood on the 27th. They know your face."|"You sat behind the papers on the 27th. Let them see you tonight."} # place: dining_hall_2 # speaker: tarasov #id:p.pday19.4ee3
* (front) [Sit at the table, facing the hall #id:p.pday19.8959]
    ~ p_table_up()
    ~ p3_seat = "table"
    # clear
    You sit at the end of the front table with the ledger open, facing some hundreds of men. You write; they watch you write. For two hours your face is the most looked-at thing in the hall after the lamp. #id:p.pday19.baa8
* [Sit at the back, the ledger on your knees #id:p.pday19.0103]
    ~ p3_seat = "back"
    # clear
    You take the last bench under the window, the ledger on your knees. Now and then a man turns round to see whether the pen is still moving. It is. From the front you are a bent back and an elbow. #id:p.pday19.43d9
- 
# clear
After the meeting Grisha stops by you on his way to the night picket, a length of pipe over his shoulder. {front:"Look at him, at the top table," he says. "The ink brigade has a general now."|"Hiding at the back," he says. "The ink brigade. Always at the back."} He is twenty, and nearly joking. # speaker: grisha #id:p.pday19.01a5
-> p_day_20

// ---------------------------------------------------------------- Friday 4 June
=== p_day_20 ===
~ day = 20
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Friday, 4 June. The wind brings kites, the Chechens' kites, people say, over the wall with bundles of paper under their tails. {p3_leaflet == "clean":You know, without seeing, whose hand is in some of those bundles.|Somewhere in those bundles are your block capitals, which could be anyone's.} # place: lagpunkt_2 # note: kites_leaflets # document: leaflet_kite #id:p.pday20.0e47
# clear
Before the 2nd lagpunkt's guardhouse the barricade grows: adobe from the broken inner walls. Men unroll barbed wire from the stores in loose spirals. On a board, in red paint: CAUTION! MINED! As far as your barrack knows, there are no mines. You hope the other side knows less. # place: guardhouse # note: defence_pickets #id:p.pday20.e9a8
# clear
That evening Matvei and Grisha argue across your bunk, as if you were the table between them. Grisha has adobe dust in his eyebrows. "A wall keeps them out," he says. Matvei laughs. "A wall keeps us in. We've had plenty of practice." # place: barrack_pavel # speaker: grisha #id:p.pday20.ba05
# clear
"They'll come whatever we build," Matvei says, "and your mud bricks will be a story for your grandchildren." {p2_answer == "law":"Pavel thinks Moscow will answer first. Ask him."|"Even Pavel says hearing costs them nothing."} Grisha goes white. "So we sit and wait? Like you sat in the German cage?" The barrack goes quiet. You and Matvei were both in German cages, and neither sat. # speaker: matvei #id:p.pday20.6ff6
# clear
{p3_seat == "table":"You sat at the top table last night," Grisha says to you. "So what did they decide? Wall or no wall?"|"You were at the back last night with your book," Grisha says to you. "You heard it all. Wall or no wall?"} You decided nothing, you say; you wrote down that others did. Matvei snorts. "The ink brigade's whole defence." # speaker: grisha #id:p.pday20.f0f5
# clear
Then Tarasov puts his head in at the door, out of breath, with the picket rota for the 2nd: forty names, to be copied fair and posted by morning. Grisha sees his own name and grins. {p2_terms == "minutes":Forty names: a list of men, the one thing you told Tarasov you would not write.|{p2_terms == "any":Whatever the commission needs, you told Tarasov. Tonight it needs forty names.|Tarasov says nothing of tomorrow. This cannot wait for one.}} Matvei turns to the wall. # speaker: tarasov #id:p.pday20.8538
* (copy) [Go with Tarasov and copy the rota tonight #id:p.pday20.0a91]
    ~ bond_up(bond_tarasov)
    # clear
    You get up. At the door Tarasov grips your shoulder, the first time he has touched you. By lamplight you copy forty names, Grisha's among them, each as clear as you can make it: a picket who cannot read his hour is a hole in the wall. # place: commission_rooms #id:p.pday20.ee75
* [Tell him to find another clerk tonight #id:p.pday20.286b]
    ~ bond_down(bond_tarasov)
    # clear
    "Find someone else tonight," you say. Tarasov looks at Matvei, then at you, and decides not to understand. He takes the rota away. Someone else will copy Grisha's name, less legibly, and just as much his. #id:p.pday20.0774
- 
# clear
{copy:After midnight you find the rota posted already on the dining-hall door, in your hand, Grisha's name halfway down. A boy from the picket reads it by the light of the tower that is watching him do it.|Lying awake, you hear Matvei say into the dark, to nobody, that he has been on a list before. Grisha, two bunks away, pretends to be asleep. The searchlight goes over the roof, and comes back.} # place: barrack_pavel #id:p.pday20.f11c
-> p_day_21

// ---------------------------------------------------------------- Saturday 5 June
=== p_day_21 ===
~ day = 21
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Saturday, 5 June. Tarasov brings you a task with no paper: words for the soldiers. Not the officers, {bond_tarasov >= 3:he says, as a friend asks a favour|he says, as a man gives an order}: the boys on the towers, the convoy troops, the ones with the rifles and the boredom. Something for the loudspeakers to read them tonight. # place: commission_rooms # speaker: tarasov # note: loudspeakers_radio #id:p.pday21.3ac9
# clear
You write it crossing out more than you keep. Soldiers. We are not bandits. We are prisoners who ask for Soviet law and for a member of the Central Committee. Do not shoot at us. Do not come into the zone. Your mothers have sons. You strike out the last line, then write it back. # note: p_soldier_script #id:p.pday21.48e6
# clear
At six Tamara Lesnaya comes for it, one of the announcers, with a voice the whole zone knows. "Your sheet, or a copy? The service keeps what goes on the air." {p3_leaflet == "clean":"I know your hand from the leaflets. Your initials are on it too, I suppose."|"You printed the leaflets like a boy's shed sign, they say. But this has your initials, I suppose."} # place: radio_room # speaker: tamara #id:p.pday21.4ce9
* [Give her your sheet as it is, initialled #id:p.pday21.c0e8]
    ~ p_hand_up()
    # clear
    You give her the sheet as it is, with its crossings-out and P. L. at the foot: a text should have an author. {p3_leaflet == "clean":It is the second time this week your hand has left the room.|The leaflets had nobody's hand. This one has yours.} Tamara folds it into her sleeve without reading it. #id:p.pday21.43c9
* (copied) [Ask her to copy it out in her own hand #id:p.pday21.8911]
    # clear
    You ask her to copy it out in her own hand, and when she has gone you burn your draft in the stove. "So the voice is mine," she had said, amused, "and the words are nobody's. That's one way to stay alive." #id:p.pday21.9ea5
- 
# clear
At eleven, on your bunk, you hear it: Tamara's voice over the zone, slow, reading your sentences to the towers. Halfway through, the authorities' loudspeakers start their gramophone record, louder, to drown her. Your words and their record fight it out over the wire. # place: barrack_pavel # note: authorities_loudspeakers #id:p.pday21.6a6d
# clear
{copied:A sheet in Tamara's hand goes into the service's file; yours is ash. The words are nobody's now, as you wanted. It feels like a small theft all the same.|A soldier on a tower hears a sentence that was in your hand an hour ago, without knowing it had a hand. Somewhere a file is waiting that will know.} Beside you Antanas turns over. "Was that yours?" he asks. {p3_noon == "rushnyk":He asks it the way he looked at you over the rushnyk, as if the answer were his business.|He asks it idly, a married man half asleep, and sleeps before you decide.} # speaker: antanas #id:p.pday21.2e28
-> p_day_22
