// Pavel, Act I "The walls": the prologue (early May 1954) and 16-19 May 1954 (p_day_00 to p_day_04).
// Writer p1. Brief: docs/briefs/pavel-arc.md §4 and pavel-writers.md. Every knot here starts with p_.
// History: fact base §1.1, §1.3, §1.5, §3.2, §4.2, §8.1-8.2; addendum §10; addendum-2 §1.1, §1.3, §1.10.
// Everything Pavel, Matvei and Antanas do here is reconstruction: the sources record no one man's nights.
// Real people on these pages: Konovalov (day 3) and Bochkov, Gubin, Samsonov (day 4), only as the
// record has them, each line with its note; none speaks. Pavel is not at the 19 May talks.
// Globals set here: p_petition, p_law and bond_matvei (day 0), bond_antanas (day 0), p_names (day 3),
// p_law (day 4). Text-only memory, declared in variables.ink under "(p1: declare below this line)":
// p1_letter (0), p1_book (1), p1_count (2), p1_list (3), p1_promise (4).

// ---------------------------------------------------------------- early May 1954
=== p_day_00 ===
~ day = 0
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: lagpunkt_2
# note: steplag
# note: special_camps
# note: p_pows_traitors
Early May, 1954. Grit between your teeth all shift; at the end of it the brigadier hands you the work-sheet, because the office reads your figures without shouting. In the column home you are a number on a white patch. You are Pavel Lavrov, forty-one, from Yaroslavl, once a captain of artillery. The Germans took you in 1942. In 1949 your own side gave you twenty-five years for it. #id:p.pday00.1714
-> barrack

= barrack
~ time_of_day = "evening"
# clear
# place: barrack_pavel
# note: p_petitions_amnesty
# note: amnesty_strikes_1953
After the count your end of the bunk is an office nobody decided on: a plank across your knees, ink of soot and water, a pen with a split nib. Since last spring's amnesty, when the thieves and short-termers walked out and the politicals stayed, every man with twenty-five years has a petition in him. You write them all in one clean hand. None has come back. #id:p.pday00.d232
-> antanas

= antanas
# clear
# speaker: antanas
Antanas Butkus, from the bunk below yours, waits until the others have gone: a big Lithuanian with careful hands. He wants a letter to his mother near Alytus. "Write that I am well," he says. "Write that I will be home soon. The amnesty, everybody says." He says it to the lamp. His twenty-five years are as clear in your head as your own. #id:p.pday00.b1ec
* [Write "soon", as he asks #id:p.pday00.b143]
    ~ bond_up(bond_antanas)
    ~ p1_letter = "soon"
    You write soon, in the hand of a man who is warm and fed and has nothing to fear. Antanas reads it over your shoulder, moving his lips. "Good," he says. "She will show it to the priest." He folds it as if it were money, and puts it inside his shirt. #id:p.pday00.f8f7
* [Write "one day" instead of "soon" #id:p.pday00.92f3]
    ~ p1_letter = "one_day"
    You write one day. He cannot read much Russian, but he sees the word change shape. "That is not soon," he says. "No," you say. "It is true." He is quiet a long time. Then he takes the letter and thanks you, stiffly, as a man thanks a warder who has done his job. #id:p.pday00.1da3
-
-> matvei

= matvei
# clear
# speaker: matvei
When the lamp is turned down, Matvei Kholodov sits on the end of your bunk. He was in the German camps too, longer than you. {p1_letter == "soon": "A fine soon, clerk," he says. "Write one for me. Not that I believe in it."|"An honest clerk," he says. "Rare animal. Write one for me, then. Not that I believe in it."} In five years he has never asked anyone for anything. You uncork the soot. #id:p.pday00.486e
# clear
# speaker: matvei
He tells it with a laugh in it: the hunger in the German camp, the train home, the questions, the sentence. "Write that they gave me twenty-five years for surviving," he says. "Write that my country took me back to put me in a cage." {p1_letter == "soon": "And no soon in it."|"You like true things. There."} Not one of his words is a legal word. #id:p.pday00.81f4
* [Write it in the law's words: articles, dates, request # history: p_petition_review #id:p.pday00.7c4a]
    ~ p_petition = "law"
    ~ p_law_up()
    You write it as a petition should be written: the dates, the article, the circumstances of capture, "I respectfully request a review". Nothing about cages. Matvei reads it and snorts. "You have made me sound like a man who trusts them." But he signs it, and buttons it into his jacket for the post. #id:p.pday00.f462
* [Write it in Matvei's own words # history: p_petition_review #id:p.pday00.987c]
    ~ p_petition = "his_words"
    ~ bond_up(bond_matvei)
    You write it as he said it, cage and all, in your clean hand: anger set out in straight lines with the margins ruled. Matvei reads it twice. "They will put it in a drawer," he says. "But it will be my drawer." He claps your shoulder once, hard. #id:p.pday00.35bb
* [Refuse. Those words would only add years. # history: p_petition_review #id:p.pday00.e82c]
    ~ p_petition = "refused"
    ~ bond_down(bond_matvei)
    "Not like that," you say. "Written like that, it is a confession, not a petition." Matvei looks at you the way he looks at warders. "So the clerk has a censor living inside him." He goes back to his bunk and lies with his face to the wall. The paper stays white on your knee. #id:p.pday00.3648
-
# clear
The bolt slides across outside. You wipe the nib. {p_petition == "refused": Across the aisle Matvei's back is a wall.|{p_petition == "law": Across the aisle Matvei snores, one hand on the jacket where the law's words are.|Across the aisle Matvei snores, one hand on the jacket where his cage is, ruled and signed.}} {p1_letter == "soon": Below you Antanas whispers soon once, trying the word.|Below you Antanas lies awake.} Some nights you think paper is the only thing that still listens. Some nights, that it put you here. #id:p.pday00.169c
-> p_day_01

// ---------------------------------------------------------------- Sunday 16 May
=== p_day_01 ===
~ day = 1
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
# place: lagpunkt_2
Sunday, 16 May. No work on Sundays. You sit on the barrack step with your shirt off, patching an elbow. From over the wall to the service yard come shouts, a whistle, and a sound like hail on tin: stones on a roof. Somebody laughs. Somebody swears. Men of the 2nd come out of every door to listen. #id:p.pday01.6a73
# clear
# place: wall_yard_l2
# note: may16_service_yard
# speaker: antanas
Antanas climbs onto the porch roof and reports down to you like an artillery spotter, which makes you smile. The thieves from the 3rd are up on the service yard's walls and roofs, he says, throwing bricks. Now soldiers are coming out of the yard's gate. "No rifles," he says, amazed. "They are pushing them back with their hands." #id:p.pday01.1776
# clear
# note: criminals_sent_in
By afternoon it is over; nobody is taken away. The thieves were sent here to fight us, men say, and now they fight the bosses. Matvei says the bosses poured petrol on a stove and now wonder at the heat. #id:p.pday01.f694
{p_petition:
- "law": His unposted petition crackles in his jacket when he laughs. He pats it, as if it were the joke. #id:p.pday01.add7
- "his_words": His petition went to the post on Friday. The censor, he says, must be reading it aloud to the guards. #id:p.pday01.59e4
- else: He does not say it to you. He has said nothing to you since the night of the petition. #id:p.pday01.8fe0
}
-> film

= film
~ time_of_day = "evening"
# clear
# place: dining_hall_2
# note: may16_service_yard
In the evening there is a film by the dining hall: Rimsky-Korsakov. A sheet pinned to the wall, the projector ticking on a table, men on benches and on the ground, more men than you have seen sit still together in years. On the sheet a bearded composer frowns over his music. {p1_letter == "soon": Antanas, beside you, hums along without knowing the tune; since the letter he hums all the time.|Antanas sits a bench away tonight, and hums along without knowing the tune.} #id:p.pday01.aebe
# clear
Then, one by one, the lamps go out. A crack, a tinkle of glass, darkness; another; another. "Slingshots," somebody says, almost admiring. Along the zone the lights die until only the sheet is bright, with the composer on it, still conducting. Men stand up. Nobody shouts. The dark fills with boots moving towards the walls. #id:p.pday01.6b90
-> night

= night
~ time_of_day = "night"
# clear
# place: barrack_pavel
# speaker: matvei
Back in the barrack no warder comes with the key. The bolt stays open. Near midnight a thudding starts towards the service yard, again and again, and then a long crumbling sound: saman giving way. Antanas sits up on the bunk below yours, the whites of his eyes in the dark. {p1_letter == "soon": "Soon," he whispers, as if the wall had read his letter.|"One day," he whispers, "came early."} Matvei says: "Well. Here is your amnesty." #id:p.pday01.6bd2
# clear
You have a stub of pencil and {p_petition == "refused": the sheet that was to have been Matvei's petition, still white|{p_petition == "law": the back of your first draft of Matvei's petition, the one with the dates crossed out|the back of a spoiled petition}}. An officer's habit: when a thing happens, you log it, the hour and the place, before anyone tells you what it was. In 1942 you kept a log until the morning they took it from you with your belt. You have written nothing for yourself since. #id:p.pday01.fb60
* [Log it: the date, the hour, what you heard #id:p.pday01.4fd2]
    ~ p1_book = true
    Sunday, 16 May. Afternoon: stones on the service-yard roofs; soldiers without rifles. Evening: film; lamps shot out. About midnight: a wall falls. You write it small, by feel, in the dark. Nobody ordered it. Nobody will read it. You fold the sheet into the lining of your cap, and sleep better than you expected. #id:p.pday01.8ff7
* [Write nothing. Paper is how they find you. #id:p.pday01.4c3b]
    ~ p1_book = false
    # note: p_pows_traitors
    You put the pencil away. Paper is how they found you last time: a German camp register with your name and rank in it, read back to you line by line in 1949. Whatever happens tonight can happen without your hand on it. You lie down and listen to the wall come down. #id:p.pday01.5e83
-
-> p_day_02

// ---------------------------------------------------------------- Monday 17 May
=== p_day_02 ===
~ day = 2
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: wall_yard_l2
Monday, 17 May. In the grey light you walk out to look. Where the wall to the service yard stood there is a hole the width of a door, straw sticking out of the broken saman. The warders keep their distance from it. {p1_book: Before anything else you feel in your cap for the sheet. It is there, soft as a bandage.|You find you are noting the width of the hole in paces anyway, and make yourself stop.} #id:p.pday02.c8d3
# clear
# place: lagpunkt_2
# note: crossings
All day the 2nd lagpunkt talks. The thieves say the bosses are afraid. The old men say the bosses are waiting. The young ones talk about the women's zone across the yard: sisters, wives, girls from their villages. Tonight, they say, more will go. {p_petition == "refused": Matvei talks to everyone but you.|{p_petition == "law": Matvei says the bosses are counting, which is worse; he pats the jacket where his petition still is.|Matvei says the bosses are counting, which is worse, and that his petition will arrive to find the wall gone.}} #id:p.pday02.90f1
-> dusk

= dusk
~ time_of_day = "evening"
# clear
# place: barrack_pavel
At dusk Antanas laces his boots tight on the step beside you. There are Lithuanian women over there: a girl from his own district, an old schoolmistress. The Lithuanians of the 2nd are going together. {p1_letter == "soon": "If they shoot," he says, smiling, "my mother has a letter that says soon. In a very fine hand."|"If they shoot," he says, "my mother has a letter that says one day. You were right."} He goes with four others along the barrack wall, towards the hole. #id:p.pday02.1a6a
# clear
You stay. You are forty-one, and you have crossed enough lines in the dark for one life. {p1_book: You take the sheet from your cap and write: dusk, Lithuanians to the hole, five.|You mend a nib that does not need mending.} Across the aisle Matvei watches the door. The barrack is half empty, like a dugout before the telephone rings. #id:p.pday02.10da
# clear
Near lights-out two warders come after all. They do not come in. They stand in the doorway with a lantern and a board and call numbers, fast, as if the words were hot to hold. Men answer from the dark. They reach the bunk below yours and call Antanas's number. There is no one in it. #id:p.pday02.345f
* [Answer to his number yourself, from the dark #id:p.pday02.8562]
    ~ p1_count = "covered"
    "Here," you say, from low down, in a voice that is not quite yours. The lantern does not move. The warder makes a mark and calls the next. A minute later he reaches your own number, and you answer again, in your own voice, and your heart is going the way it went under the guns. #id:p.pday02.aab4
* [Say nothing. Let the empty bunk answer. #id:p.pday02.66dd]
    ~ p1_count = "silent"
    You say nothing. The number hangs in the doorway. The warder calls it again, looks at his board, and writes something beside it with a stub of pencil, slowly, the way they write when it will matter later. Then the next number. Then yours. You answer in your own voice. #id:p.pday02.bc26
-
-> night

= night
~ time_of_day = "night"
# clear
# note: shootings_may
# speaker: matvei
Later a shot cracks over the service yard, then a long burst. Men sit up on their bunks. Matvei names the gun out of old habit, and then says, "Ours." The searchlight sweeps the windows, white, then nothing. You lie awake and count the seconds between bursts, as you did in another war. #id:p.pday02.dde3
# clear
# place: barrack_pavel
# speaker: antanas
Antanas comes back at first light, with saman dust in his hair and a look you have not seen on him before. A woman gave him water from a tin cup, he says: a Ukrainian, from a barrack by the yard. Motria, her name is. He says it twice, as if learning it. #id:p.pday02.5928
# clear
# speaker: antanas
{p1_count == "covered": Matvei has told him about the count. Antanas looks at you a long moment, then at the dark doorway where his number was answered in your voice. "Ačiū," he says: thank you, the first word of his own language he has ever given you.|Matvei has told him about the count, and the warder's slow pencil. Antanas looks at the floor a long moment. "They had my number anyway," he says at last, and touches the patch. "It is here, on my chest. Anyone can read it."} #id:p.pday02.c191
-> p_day_03

// ---------------------------------------------------------------- Tuesday 18 May
=== p_day_03 ===
~ day = 3
~ time_of_day = "day"
~ weather = "heat"
# clear
# place: service_yard
Tuesday, 18 May. In the morning there are soldiers in the service yard. Not warders: soldiers, with submachine guns across their chests, standing by the stores and the bakery door. Through the hole you watch them smoke. {p1_book: On your cap sheet you write the hour and: soldiers in the yard, armed. Count uncertain.|You find you are counting them, an old habit, and make yourself stop.} #id:p.pday03.4445
# clear
# place: wall_yard_l2
All day the men shout across the yard to the women's zone, over the soldiers' heads: they will come again tonight, guns or no guns. {p1_count == "covered": Antanas keeps near you all day, as if you were the one who needed looking after.|Antanas keeps away from you, and from the warders' end of the zone.} Matvei says soldiers with submachine guns are not put in a yard to watch. #id:p.pday03.e69f
# clear
At dusk the Lithuanians go again, and Antanas with them, towards Motria's tin cup. You stay on the step. {p1_book: The sheet in your cap is nearly full.|Your hands are empty; you keep them in your pockets.} The service yard is long and grey. Men move along its far wall in twos and threes. You know what this is. You have seen a field like it, quiet, the evening before a barrage. #id:p.pday03.1e99
-> shooting

= shooting
~ time_of_day = "night"
# clear
# cn: violence
The next scene contains gunfire, injury and death. It is told without spectacle. You can read the scene, or read a short factual summary instead. #id:p.pday03.b596
* [Read the scene #id:p.pday03.2c1e]
    -> shooting_scene
* [Read a short summary instead #id:p.pday03.6450]
    -> shooting_summary

= shooting_scene
# place: service_yard
It starts with one shout by the stores, and then the guns: not the dry crack of the towers but a long tearing sound, again and again, filling the yard from wall to wall. Men run. Men throw themselves down. {gentle: Some of them do not get up again.|Some of the men lying in the dust do not move again.} You are at the hole before you know it. #id:p.pday03.a0fa
# clear
# place: wall_yard_l2
Then they start coming through: men carried by other men, on a door, on a blanket held at the corners, one over a shoulder like a sack of meal. {gentle: Some are hurt and silent; some call out.|One holds his belly with both hands. One has no colour left in his face at all.} Someone is calling for water, in Ukrainian, then in Russian. #id:p.pday03.518d
# clear
# note: shootings_may
Then, as suddenly as it began, the firing stops. You will learn later who stopped it: Colonel Konovalov, head of the regional MVD in Karaganda, ordered it to cease. Now there is only the carrying, and the calling, and a dog barking somewhere beyond the wire. #id:p.pday03.2316
-> list

= shooting_summary
# place: service_yard
# note: shootings_may
Summary. On 18 May submachine gunners in the service yard opened fire on prisoners. By one archival count 18 were killed and 70 wounded; other accounts give other dates and numbers. Colonel Konovalov, head of the Karaganda regional MVD, ordered the firing stopped. Wounded men were carried back into the 2nd lagpunkt, past your barrack door. #id:p.pday03.8605
-> list

= list
# clear
# place: barrack_pavel
You do the one thing your hands know. You go to the men who carry and ask, quietly, who this is. A name. A brigade. A barrack. Some answer. Some look at you as if you were a warder. {p1_book: You write on your cap sheet, under Sunday and Monday, by the light from the door.|You write on the back of a spoiled petition: the first thing you have written for yourself in twelve years.} #id:p.pday03.239c
# clear
{p1_count == "covered": Antanas comes through the hole with a boy over his shoulder. When he has set him down he stands at your elbow and spells the Lithuanian names for you, letter by letter, so that you get them right.|Antanas comes through the hole with a boy over his shoulder. He sets him down and goes back for another, without a glance at you or at your paper.} By midnight you have eleven lines. Two are only a number off a chest. One is a first name and a village. #id:p.pday03.a0a0
# clear
# speaker: matvei
Eleven lines: the men you saw carried past one door, on one night. It is not a count of anything. But it is the first list you have made since the war, and lists are what they read back to you in 1949. {p_petition == "refused": Matvei reads it over your shoulder and says to the stove, not to you: "Evidence. For which side?"|{p_petition == "law": Matvei reads it over your shoulder. "Evidence," he says. "In the law's words, like my petition. For which side?"|Matvei reads it over your shoulder. "Evidence," he says. "No cages in it. For which side?"}} #id:p.pday03.a35d
* [Keep it, names and all, in your cap # history: p_first_list #id:p.pday03.e7cd]
    ~ p_names_up()
    ~ p1_list = "names"
    You fold it small and push it into the lining of your cap, behind the patch with your number. If anyone ever asks who was carried past this door on 18 May, there will be an answer, in a clean hand. If they search you, there will be eleven names, and yours. #id:p.pday03.e93e
* [Tear off the names. Keep only the count. # history: p_first_list #id:p.pday03.1d3e]
    ~ p1_list = "count"
    You tear the paper down its length. The names go into the stove, a small bright flame. What you keep says only: 18 May, night, carried past this barrack, eleven men, wounded. A number can hang no one. It also says nothing about anyone. #id:p.pday03.1350
* [Burn it all. Names on paper are a danger. # history: p_first_list #id:p.pday03.7b2d]
    ~ p1_list = "burned"
    You feed it to the stove a line at a time. The boy with only a first name and a village goes last. Matvei watches the flame and says nothing, which from him is almost an apology. By morning no paper anywhere will say who was carried past your door. #id:p.pday03.a14d
-
# clear
# discuss: p_who_counted
At dawn the zone counts its rumours: thirty dead, a hundred, the soldiers drunk, the soldiers ordered. People will argue about this night for seventy years. One archival count, found long after, gives eighteen killed and seventy wounded; other accounts give other days and other numbers. {p1_list == "names": Your eleven names are in none of them.|{p1_list == "count": Your own count, eleven, is in none of them.|What you saw is in none of them, and now on no paper.}} #id:p.pday03.1105
-> p_day_04

// ---------------------------------------------------------------- Wednesday 19 May
=== p_day_04 ===
~ day = 4
~ time_of_day = "day"
~ weather = "dust"
# clear
# place: service_yard
Wednesday, 19 May. A quiet morning, a quiet you have never heard. No hammer, no column. Through the hole the service yard is empty except for dust, marks on the bakery wall at the height of a man, and places where someone has thrown down sand. {p1_list == "names": The list in your cap rustles when you turn your head.|{p1_list == "count": The strip in your cap says eleven, and nothing else.|Your cap is light.}} #id:p.pday04.33d8
# clear
# place: barrack_pavel
{p1_list:
- "names": A man from the next barrack comes asking after his brigade. You can tell him which of his men were carried past alive, and spell their names back to him. He writes nothing down. He only nods at each one, as if ticking it off. #id:p.pday04.2d05
- "count": A man from the next barrack comes asking after his brigade. You have a number and no names. "Eleven," you say. He waits for more. There is no more. He goes away with the number, which is no use to him at all. #id:p.pday04.c3bd
- else: A man from the next barrack comes asking after his brigade. You have nothing to give him but what you remember, and your memory has holes in it already. A boy with a first name and a village. Which village? You do not know. #id:p.pday04.81b7
}
-> commission

= commission
# clear
# place: lagpunkt_2
# note: first_commission
The word runs along the zone: a commission from Moscow is at the guardhouse. Generals. Nobody in your barrack sees them. By evening what comes mouth to mouth is a list: Bochkov, deputy head of the Gulag; Gubin, interior minister of the Kazakh republic; Samsonov, of the Procuracy. They have promised to meet the demands. To cut gates between the men's zones and the women's. To punish no one. #id:p.pday04.be77
# clear
# note: first_commission
And a word comes with it, which the whole zone takes up by nightfall: the general is said to have called it all a sabantuy. A row, a ruckus: soldiers' slang for a hot fight. The young men shout it across the yard like a victory. Matvei, who first heard the word at the front in 1941, does not laugh. #id:p.pday04.aef8
# clear
# speaker: antanas
{p1_count == "silent": Antanas sits down by you. "Punish no one," he says. "Does no one include a number a warder wrote on his board on Monday night?"|Antanas sits down by you, smelling of the women's soap. "Gates," he says. "A gate, and I walk to her at noon like a man to church."} {p1_letter == "soon": His letter that says soon is somewhere in a sorting room. For the first time it looks less like a lie.|His letter says one day. Tonight he asks you, half joking, whether one day could be June.} #id:p.pday04.0b74
# clear
# speaker: matvei
{p_petition:
- "law": Matvei finds you at the stove. "Your petition in the law's words is on its way to a drawer in Moscow," he says. "Now Moscow comes to us, with promises, and no paper. Which drawer do promises go in?" #id:p.pday04.4059
- "his_words": Matvei finds you at the stove. "My petition says they caged me for surviving," he says. "Today the generals say they will punish no one. So somebody in Moscow can read." He grins. He does not believe a word of it, and you both know he half does. #id:p.pday04.a9fc
- else: Matvei speaks to you for the first time since the night you would not write for him. "Well, clerk. Generals promising things out loud. Will you write it down? Or is that too dangerous for your hand?" #id:p.pday04.0aad
}
-> promise

= promise
# clear
# discuss: p_promise_on_paper
Promises spoken at a guardhouse, carried mouth to mouth. You were an officer; you know the difference between an order spoken and an order signed. Somewhere, perhaps, a stenographer took it down, and a copy goes to Moscow with a number on it. Or the words went up into the wind with the dust. #id:p.pday04.1b2e
* [Somewhere it is written down. They keep everything. # history: trust_the_generals #id:p.pday04.af53]
    ~ p_law_up()
    ~ p1_promise = "written"
    You choose to believe it. Generals do not come two thousand kilometres to talk into the wind; a man from the Procuracy was there, and the Procuracy keeps files as a church keeps relics. {p1_book: On your cap sheet you write: 19 May. Promised: gates, no punishment. Then, as a clerk would: source, hearsay.|You write nothing. A state that once wrote you down so carefully will have written this down too.} #id:p.pday04.daaf
* [Nothing was signed. Words at a gate are wind. # history: trust_the_generals #id:p.pday04.7737]
    ~ p_law_down()
    ~ p1_promise = "wind"
    You do not believe it, and the not believing is almost a relief. A promise with no paper is a weather report. {p1_book: On your cap sheet you write: 19 May. Promises heard, none seen. You underline "none seen" twice.|You write nothing. There is nothing to write: no text, no signature, no number. Only a word the young men are shouting.} #id:p.pday04.df74
-
# clear
# place: barrack_pavel
That night the 2nd sleeps for the first time in four nights. {p1_promise == "written": You lie awake composing the letter you would write to the Procuracy, if anyone ever needed reminding: the date, the three names, the exact words. It soothes you, like a prayer.|You lie awake listening towards the wall where the gate is to be cut, and think how easily saman is mended.} Below you Antanas says Motria's name once, in his sleep. #id:p.pday04.3f8c
-> p_day_05
