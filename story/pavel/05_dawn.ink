// Pavel, Act V "Dawn": p_day_42 (Saturday 26 June 1954), his six endings, his end page and his
// people's epilogue (writer p6). Brief: docs/briefs/pavel-arc.md §4 Act V, §5; crossings.md C5.
// History: fact base §6, §3.3, §5.9; addendum §1, §7, §8; addendum 2 §1.6, §1.9 (03:30, before
// dawn; the sky pales about four). Numbers only with who gives them. Shared facts of the morning
// (C5) carry `# fact: c5.*` tags. Everything about Pavel's people is fiction.
//
// How the ending is decided (each reason is named on the page that follows):
//   where he is at 03:30 (`position`; if no earlier day set it, the first screen asks);
//   how he reads the MVD appeal: as a promise (p_law_up) or as a verdict (p_law_down);
//   walking out with hands open (only with p_law >= 2 after that reading)        -> walked_out;
//   going to the women's zone for Antanas and Motria, or for a woman who falls    -> wounded,
//       or killed if health <= 2 (the hunger is in his legs);
//   going back to the commission's rooms for the minutes under fire              -> killed;
//   otherwise the steppe and the selection score:
//       p_table + (p_hand >= 2) + (p_kept carried/hidden, or the papers in his shirt at the desk)
//       + (p_names >= 2) + 2 if at the desk at 03:30: 3+ arrested, 2 transferred, else stayed.
// Structural reads: position, p_law (0-1 | 2-3), p_kept, health (<= 2), the score. bond_antanas
// only decides whether "walk Antanas over" is offered when no earlier day set position. Everything
// else (p_petition, p_hearsay, p_wedding_paper, bond_matvei, bond_tarasov...) varies the text.
// Memory of the morning is same-day visit counts inside the knot that reads them, except what
// crosses into an exploration unit (the places, the selection, the end page): p6_heard,
// dawn_summary, p6_last and p6_dyomin (story/variables.ink).

// ---------------------------------------------------------------- Saturday 26 June
=== p_day_42 ===
~ day = 42
~ time_of_day = "night"
~ weather = "clear"
~ tanks = "inside"
~ hunger = false
# clear
Saturday, 26 June 1954, three in the morning. It is still dark: in June the sky here pales at about four. You have not slept, and neither has the 2nd lagpunkt: a cough, boots on boards, a door that will not stay shut. # place: lagpunkt_2 # crossing: c5 #id:p.pday42.0db7
{ position == "none": -> where }
-> three

= where
Where you wait for the morning is the one thing tonight nobody has assigned you. #id:p.pday42.51a4
* [Back to the desk and the minutes # place: commission_rooms #id:p.pday42.3d25]
    ~ position = "desk"
* [Your bunk, next to Antanas # place: barrack_pavel #id:p.pday42.a855]
    ~ position = "barrack"
* [The announcers' room, with Tamara # place: radio_room #id:p.pday42.c0ed]
    ~ position = "loudspeaker"
* [The picket at the gate, with Grisha # place: guardhouse #id:p.pday42.2d4c]
    ~ position = "gate"
* {bond_antanas >= 3} [Walk Antanas over to the women's zone # place: women_zone #id:p.pday42.3962]
    ~ position = "antanas"
* {bond_antanas <= 2} [Follow Antanas to the women's zone, uninvited # place: women_zone #id:p.pday42.1fa6]
    ~ position = "antanas"
- -> three

= three
# clear
{ position:
- "desk":
    In the commission's rooms one lamp burns, turned low for the paraffin. The minutes are {p_kept == "burned": ash, since Thursday; your hand still goes to the place on the table where the book lay|{p_kept == "hidden": burned on Thursday, all but the last book, under the third board from the stove, where you alone put it|{p_kept == "carried": burned on Thursday, all but the last book, inside your shirt, though Tarasov said they search the man first|on the table, squared to its edge, as if someone were coming to read them}}}. The prisoners' loudspeaker has been silent since midnight. # place: commission_rooms # fact: c5.silent #id:p.pday42.713f
- "loudspeaker":
    In the announcers' room Tamara sits by the microphone with her coat round her shoulders. At midnight a man from the commission put his head round the door and said: enough, switch off. The prisoners' loudspeaker has been silent since midnight. On the shelf your scripts lie stacked{p_hand >= 2:, the ones with your initials on top}. # place: radio_room # fact: c5.silent #id:p.pday42.e4b0
- "gate":
    At the barricade before the 2nd lagpunkt's guardhouse Grisha sits on the saman with a pike across his knees. "The ink brigade," he says, "on night duty." He moves up to make room. The prisoners' loudspeaker has been silent since midnight, and without it you can hear the dogs beyond the wire. # place: guardhouse # fact: c5.silent #id:p.pday42.982c
- "antanas":
    You stand with Antanas in the women's zone street, by the door of Motria's barrack. {bond_antanas >= 3: He asked you to come, in the voice of a man asking for a witness.|He did not ask you to come. You came, and he let you, the way one lets weather happen.} The prisoners' loudspeaker has been silent since midnight, and the street is so quiet you can hear women breathing behind the boards. # place: women_zone # fact: c5.silent #id:p.pday42.e0e3
- else:
    In the barrack men lie in their boots. Antanas, on the next bunk, is dressed, turning his cap in his hands. Matvei lies on his back and recites articles of the Criminal Code under his breath, the way other men pray. The prisoners' loudspeaker has been silent since midnight. # place: barrack_pavel # fact: c5.silent #id:p.pday42.aba6
}
# clear
You count, because an officer counts in the dark. Matvei first, {position == "barrack": an arm's length away,|over in the barrack,} who {p_petition == "law": let you put his life into the law's words in May|{p_petition == "his_words": made you write his petition in his own words in May, mistakes and all|{p_petition == "refused": asked you for a petition in May and got a refusal he still quotes|has never asked you for anything but a light}}}. {bond_matvei >= 3: He calls you "Captain" now without the sneer.|He still calls you "Captain" as if it were a charge.} #id:p.pday42.9181
# clear
Tarasov, {position == "desk": whose coat still hangs on the nail behind you,|asleep, or not, in the rooms,} {p_kept == "burned": {bond_tarasov >= 3: who fed the drying-room stove with you on Thursday, page by page| who watched you burn the books on Thursday, his hands in his pockets}|{p_kept == "hidden": who looked away on Thursday while you lifted the board|{p_kept == "carried": who told you on Thursday that they search the man first|who asked you on Thursday what to do with the minutes, and got no answer}}}. {bond_tarasov >= 3: Of everyone here, he is the one you would trust with your own file.|You have never known what he thinks of you.} Tamara, {position == "loudspeaker": beside you at the dead microphone,|in the announcers' room,} who read your words to five thousand people and changed one of them. #id:p.pday42.3b36
# clear
Grisha {position == "gate": beside you on the saman|on the picket at the gate}, twenty years old{p_names >= 2:, whose list of names you copied fair and did not burn|, who still thinks paper is for cowards}. Antanas, {position == "antanas": beside you in the women's street,|on his way to Motria in his mind,} {p_wedding_paper: whose marriage exists on one sheet in your hand, folded in Motria's blouse|whose marriage exists on no paper at all}. {p5_address == "heart": On Friday he gave you his mother's address, "in case". You have it by heart.|{p5_address == "paper": On Friday he gave you his mother's address, "in case"; it is on a paper {p_kept == "carried": in the book against your ribs|in your boot}.|{p5_address == "refused": On Friday you told him to carry his mother's address home himself. You have it by heart anyway.|On Friday he talked about the weather in Lithuania, and you let him.}}} #id:p.pday42.edd7
# clear
At twenty past three a dog barks beyond the wire, and another answers. {position == "desk": You write the date at the top of a clean page, out of habit, and the time.|You catch yourself composing the day's first line{p1_book: for the sheet in your cap}: 26 June, 03:20, nothing to report.} #id:p.pday42.2408
-> appeal

// ---- 03:30: the law's voice, heard as a text ----

= appeal
# clear
At half past three a loudspeaker starts up beyond the wire. {position == "desk": The lamp flame leans.}{position == "loudspeaker": Tamara's hand goes to the dead switch.}{position == "gate": Grisha stands up.}{position == "antanas": Antanas takes your sleeve.}{position == "barrack": Matvei stops reciting.} #id:p.pday42.ed5c
# speaker: loudspeaker
# note: assault_june26
Troops and tanks are about to enter the zone, the voice says, to take down the barricades. Those who do not support the disorder will be given a free way out. Everyone else is to stay in the barracks and not resist. Then a longer text. # document: mvd_appeal_june26 #id:p.pday42.7892
# clear
# note: p_appeal_text
# discuss: p_appeal_words
You hear it the way you read a paper on a desk: heading, body, signature. It answers, it says, the "request of the main mass of prisoners" to be freed from "armed criminal recidivists". You know this grammar. {p4_read == "straight":In June you read their Magadan order aloud in it, word for word.|{p4_read == "comment":In June you read their Magadan order in it, and then said what the law says.|{p4_read == "refused":In June you refused to read their Magadan order aloud in it.|You have written petitions in it for five years.}}} Tonight someone wrote it back to you. #id:p.pday42.0cb2
# clear
A month ago you copied out, in your best hand: "We are for Soviet laws but against those who distort them." Now the law speaks to you over a wire, in its own words, and tells you where to walk. {p_law >= 2: You have believed all along that it could be held to its word.|You stopped believing some time ago that it keeps its word.} #id:p.pday42.2ed9
* [Take it as a promise: the law has given its word #id:p.pday42.5606]
    ~ p_law_up()
    ~ p6_heard = "promise"
    -> reading
* [Take it as a verdict, already signed #id:p.pday42.0e0b]
    ~ p_law_down()
    ~ p6_heard = "verdict"
    -> reading

= reading
# clear
{ p_law >= 2:
    {p6_heard == "verdict": A verdict, you tell yourself, and yet the clause stays with you: a free way out. Signed, read aloud, binding on whoever wrote it.|A free way out. You turn the phrase over like a document you might sign. It is in writing, or it will be; someone will have to account for it.} Somewhere behind the voice is a table, and a clerk like you, and a file with a number. #id:p.pday42.6376
- else:
    {p6_heard == "promise": You want to believe it. Five years of paper have taught you otherwise, and your feet know it before you do.|The main mass of prisoners, you think, has made no request. The verdict was written first; the reasons were found for it afterwards. You have seen it done.} #id:p.pday42.2a39
}
# clear
{ position:
- "desk":
    The door opens: Tarasov, in his coat, out of breath from running. He looks at the table, then at you. "They will come here first," he says. "They know where the clerks sit." He does not say what to do. He has only ever asked. #id:p.pday42.8881
- "loudspeaker":
    "They have a better amplifier," Tamara says, "and a worse script." She listens like a professional, counting the pauses. "He is reading it cold. He never saw it before tonight." You think she is probably right, and that it makes no difference at all to anyone lying in a barrack. #id:p.pday42.1e42
- "gate":
    "A free way out," Grisha says, and spits over the saman. "Go on, then, ink brigade. They have written you a pass." {p_names >= 2: His name is first on the list you copied for him; he has not forgotten.|He says it almost kindly, as if letting you off.} The pike shakes in his hands, a little. #id:p.pday42.6bee
- "antanas":
    Motria comes out onto the step with a shawl over her nightdress. Antanas tells her what the voice said, in Russian, for your sake. She listens, and says the voice is lying about something, she cannot tell what. {p_wedding_paper: Her hand goes to her blouse, where your paper is.|She takes his hand, and that is their paper.} #id:p.pday42.b691
- else:
    "A free way out," Matvei says to the ceiling. "Article 58 has no way out. I have read it." {bond_matvei >= 3: He reaches over and knocks twice on your bunk, the old signal from the German camp: still here.|Nobody laughs.} Antanas is lacing his boots, and does not look up. #id:p.pday42.2ea3
}
# clear
# cn: violence
# cn: death
# cn: injury
The pages that follow are about an armed assault: shooting, and people killed and hurt, perhaps Pavel among them. You can read the scenes, or short factual summaries instead; your choice holds for the whole morning. #id:p.pday42.528f
* [Read the scene #id:p.pday42.58fc]
    -> assault
* [Read a short summary instead #id:p.pday42.c7d4]
    ~ dawn_summary = true
    -> summary

= assault
# clear
Then shots, dry and separate, from the dark beyond the wire: snipers, aiming at the pickets. {position == "gate": {gentle: The boy at the next gap in the saman is hit and slides down.|The boy at the next gap in the saman jerks and slides down, and does not answer when Grisha says his name.}|Somewhere by the guardhouse a man cries out once{p5_grisha == "names":: one of the names you copied five times|{p5_grisha == "numbers":: a bunk number, on your copies|{p5_grisha == "without":, at the picket Grisha gave you in Matvei's place|}}}.} The gates swing open. Flares go up, and the zone turns a hard, false white. #id:p.pday42.ef25
# clear
You feel the tanks before you see them, a grinding up through the boards. Five of them, people will say afterwards. Behind them, through the open gates, soldiers in helmets, running, and dogs. {position == "desk": The lamp glass rattles in its ring.|{position == "barrack": Dust comes down from the rafters onto the bunks.|{position == "gate": The saman shivers under your hands.|}}} You count, and lose count. # fact: c5.tanks #id:p.pday42.0ef6
# clear
From the 3rd lagpunkt, over the roofs, comes a roar of men's voices and then a sound like hail on tin: stones on armour. {position == "antanas": Here in the women's street the crowd thickens, women and men both, out of the barracks and into the light.|You have heard artillery. This is not artillery. It is worse, because it is men.} #id:p.pday42.1724
-> decide

= summary
# clear
# note: assault_june26
(Summary.) At half past three, before dawn, a loudspeaker beyond the wire announced that troops and tanks were entering, and that those who did not support the revolt would be given a way out. Snipers shot the prisoners' pickets and the gates were opened. Under flares, five T-34 tanks and, by Applebaum's count, at least 1,700 soldiers with dogs came in. #id:p.pday42.3c21
# clear
(Summary.) In the 3rd lagpunkt men fought back with stones. By the MVD's own report a crowd of women and men, up to about 500, gathered in the women's zone street. {position == "desk": You are in the commission's rooms.}{position == "loudspeaker": You are in the announcers' room with Tamara.}{position == "gate": You are at the barricade before the guardhouse with Grisha.}{position == "antanas": You are in the women's zone street with Antanas.}{position == "barrack": You are in your barrack with Antanas and Matvei.} #id:p.pday42.1fe4
-> decide

= decide
{ position:
- "desk": -> p_desk_unit
- "loudspeaker": -> p_radio_unit
- "gate": -> p_gate_unit
- "antanas": -> p_street_unit
- else: -> p_barrack_unit
}

// ---- What this Pavel wrote (bible §10, "the ending remembers"): read on every end page ----

= remembered
# clear
{fate == "killed": What he wrote, and what he would not write.|What you wrote, and what you would not write.} {p_petition == "law": Matvei's petition, in the law's words.|{p_petition == "his_words": Matvei's petition, in Matvei's own words.|{p_petition == "refused": Not Matvei's petition: that you refused.|}}} The eleven demands, fair-copied, in the hand the other side now knows. {p_hearsay == "said": A general's question, entered in the minutes as said, on one man's word.|{p_hearsay == "reported": A general's question, entered in the minutes as reported, with whose report.|{p_hearsay == "left_out": Not a general's question that no one could vouch for: that you left out.|}}} {p_wedding_paper: A paper with Antanas's name and Motria's on it, the only one there was.|No paper for Antanas and Motria; their marriage went unwritten.} #id:p.pday42.e414
# clear
{p_hand >= 2: Leaflets and scripts in {fate == "killed": his|your} own hand that went out past the desk.|Few pages in {fate == "killed": his|your} own hand ever left the desk.} {p_table >= 2: {fate == "killed": He|You} sat at the commission's table in public, more than once.|{p_table == 1: {fate == "killed": He|You} sat at the commission's table in public, once.|{fate == "killed": He|You} never sat at the table where anyone could see.}} {p_names >= 2: Lists of names in {fate == "killed": his|your} hand, kept.|{p_names == 1: One list of names, kept.|Every list of names, destroyed.}} {p5_matvei == "off": Matvei's name, taken off a list when he asked, the old sheet burned.|{p5_matvei == "struck": Matvei's name, struck through with one clean line, still legible.|Matvei's name, left where it was.}} #id:p.pday42.cdc2
# clear
The minutes: {p_kept == "burned": burned, page by page, in the stove.|{p_kept == "hidden": hidden under a board by the stove.|{p_kept == "carried": carried inside {fate == "killed": his|your} shirt into the last night.|left on the table, squared to the edge.}}} {p6_last == "burned": The last drafts went into the stove as the door came open.}{p6_last == "shirt": The last papers went inside {fate == "killed": his|your} shirt.}{p6_last == "mic": The last script was spoken into a dead microphone.}{p6_dyomin == "given": To Dyomin: I copied what was put in front of me.}{p6_dyomin == "own_hand": To Dyomin: it is my hand.}{p6_dyomin == "silent": To Dyomin: nothing.} {p_law >= 2: To the end {fate == "killed": he|you} believed the law could be held to its word.|By the end {fate == "killed": he|you} no longer believed the law would keep its word.} #id:p.pday42.3a4c
->->

// ---------------------------------------------------------------- Where he is when they come in
// Each place is explored as a unit of its own (a knot named *_unit, STORY-GUIDE "Exploration
// units"): everything it needs of the night comes in variables (position, p6_heard, dawn_summary,
// p_kept, p_law, health), never in visit counts of p_day_42, so the explorer walks each place once
// per kind of night instead of once per way of reaching it. What several places share (going for
// the papers, the women's zone, walking out, the steppe, the endings) is in p_dawn_fates.
=== p_desk_unit ===
-> at_desk

// ---- The desk: the papers ----

= at_desk
# clear
# place: commission_rooms
Boots in the corridor, doors kicked open one after another, coming this way. On the table: {p_kept == "burned": the day's drafts, a list of the pickets for tonight, a script Tamara never read|{p_kept == "carried": the day's drafts; the last book is in your shirt already|{p_kept == "hidden": the day's drafts and a list of the pickets; the last book is under the board at your feet|the minutes, the day's drafts, a list of the pickets for tonight}}}. The stove still holds some heat. {p6_heard == "promise": The voice said: a free way out.|The voice said: stay where you are.} #id:p.pday42.3868
* [Feed the papers into the stove # place: commission_rooms # history: p_law_voice #id:p.pday42.f6b0]
    -> burn_now
* [Put the papers inside your shirt # place: commission_rooms # history: p_law_voice #id:p.pday42.f2eb]
    -> shirt
* [Sit with your hands flat on the table # place: commission_rooms # history: p_law_voice #id:p.pday42.0233]
    -> sit_desk
* {p_law >= 2} [Walk out to the gate, hands open # place: guardhouse # history: p_law_voice #id:p.pday42.2bdf]
    -> p_dawn_fates.walk_out

= burn_now
~ p6_last = "burned"
# clear
# place: commission_rooms
You open the stove and feed it: the drafts, the list, whatever is nearest. Paper burns faster than you ever wrote it. {p_kept == "hidden": Under the board by your feet the last book lies where you put it, and you do not look down.} When the door comes open the room smells of smoke, and the soldier who comes in first writes that down. #id:p.pday42.4f73
-> taken

= shirt
~ p6_last = "shirt"
# clear
# place: commission_rooms
{p_kept == "hidden": You lift the board and take out the last book, and the drafts with it, and button everything inside your shirt.|You gather the drafts and the list and button them inside your shirt.} They are warm from the lamp. You never could leave paper lying about. Then the door comes open. #id:p.pday42.342e
-> taken

= sit_desk
# clear
# place: commission_rooms
You sit down at the table you sat at for a month, put both hands flat on the boards, and wait. The pen is where you left it. {gentle: The door comes open.|The door comes open hard enough to crack the frame.} A soldier with a rifle, a boy, and behind him an officer who looks at the table before he looks at you. #id:p.pday42.a48b
-> taken

= taken
~ time_of_day = "dawn"
# clear
"Clerk?" the officer says. It is not really a question. He takes your number off your chest, and the room with it: the table, the stove, the lamp. "Out." They march you through the open gate with the first column, past the barricade, {gentle: past shapes on the ground you do not look at.|past the pickets lying where the snipers found them.} #id:p.pday42.c2fd
-> p_dawn_fates.steppe

=== p_radio_unit ===
-> at_radio

// ---- The announcers' room ----

= at_radio
# clear
# place: radio_room
Tamara has her ear to the wall, as if the noise outside were a broadcast she could take down. "They will want whoever wrote the scripts," she says, not turning round. On the shelf your pages lie in their stack. The microphone is dead. Outside, engines, and the voice from beyond the wire, saying it all again. #id:p.pday42.dcb1
* [Sit down on the floor beside Tamara # place: radio_room # history: p_law_voice #id:p.pday42.3d8e]
    -> sit_radio
* [Speak into the dead microphone anyway # place: radio_room # history: p_law_voice #id:p.pday42.4bb4]
    -> dead_mic
* {p_kept == "none" || p_kept == "hidden"} [Run back to the rooms for the minutes # place: commission_rooms # history: p_law_voice #id:p.pday42.751b]
    -> p_dawn_fates.for_papers
* {p_law >= 2} [Walk out towards the gate, hands open # place: guardhouse # history: p_law_voice #id:p.pday42.dc74]
    -> p_dawn_fates.walk_out

= dead_mic
~ p6_last = "mic"
# clear
# place: radio_room
You lean over the microphone and say it anyway, into the dead grille, the shortest script you ever wrote: lie down; do not run; they are not shooting at the floor. Nothing carries it anywhere. Tamara listens to the whole of it, and then she says, "Good. Now sit," and you do. #id:p.pday42.a294
-> radio_taken

= sit_radio
# clear
# place: radio_room
You sit down beside her with your back to the wall and your hands on your knees. She takes one of them and holds it, like a stranger on a train. {gentle: Outside, shots, engines, shouting.|Outside, shots close by, a scream that stops, engines.} Neither of you looks at the shelf. #id:p.pday42.631b
-> radio_taken

= radio_taken
~ time_of_day = "dawn"
# clear
# place: radio_room
When the soldiers come they take the two of you out separately, her first. At the door a sergeant sweeps the shelf into a sack without reading a page. {p_hand >= 2: Some of those pages carry your initials, because you insisted.|You never put your name to a script. You are glad of it now, and ashamed of being glad.} #id:p.pday42.0d22
-> p_dawn_fates.steppe

=== p_gate_unit ===
-> at_gate

// ---- The gate: Grisha ----

= at_gate
# clear
# place: guardhouse
Grisha is up on the saman with the pike, in the white light, shouting at the tanks to come on, then. {gentle: Another picket further along is hit and falls.|Another picket further along is hit, and folds, and does not move.} Behind you, in the lagpunkt, men are running out of the barracks. The gate is twenty paces away, open. #id:p.pday42.e648
* [Pull Grisha down behind the saman # place: guardhouse # history: p_law_voice #id:p.pday42.dd87]
    ~ saved = "grisha"
    -> pull_grisha
* [Run for the women's zone, for Antanas # place: women_zone # history: p_law_voice #id:p.pday42.d353]
    ~ position = "antanas"
    ~ saved = "antanas"
    -> p_dawn_fates.to_women
* {p_kept == "none" || p_kept == "hidden"} [Run back to the rooms for the minutes # place: commission_rooms # history: p_law_voice #id:p.pday42.935c]
    -> p_dawn_fates.for_papers
* {p_law >= 2} [Walk through the gate, hands open # place: guardhouse # history: p_law_voice #id:p.pday42.7511]
    -> p_dawn_fates.walk_out

= pull_grisha
~ time_of_day = "dawn"
# clear
# place: guardhouse
You get him by the belt, the way you once got gunners down in a field near Kharkov, and bring him off the saman onto the ground behind it. He fights you, and calls you everything, and then he stops. {gentle: Something passes over where he stood.|Something cracks into the saman where he stood, and dust comes down on both of you.} The soldiers take you both together. #id:p.pday42.6e35
-> p_dawn_fates.steppe

=== p_barrack_unit ===
-> in_barrack

// ---- The barrack: Antanas, Matvei ----

= in_barrack
# clear
# place: barrack_pavel
In the barrack men are getting down on the floor, under the bunks, against the walls. Antanas is at the door with his cap on. "Motria," he says, to you or to no one, and goes. Matvei sits up on his bunk. "In forty-two I lay in a ditch for them," he says. "I am not lying on a floor for them." He stands. #id:p.pday42.1959
* [Pull Matvei down onto the floor # place: barrack_pavel # history: p_law_voice #id:p.pday42.5f57]
    ~ saved = "matvei"
    -> pull_matvei
* [Go after Antanas, to the women's zone # place: women_zone # history: p_law_voice #id:p.pday42.2bd7]
    ~ position = "antanas"
    ~ saved = "antanas"
    -> p_dawn_fates.to_women
* {p_kept == "none" || p_kept == "hidden"} [Run back to the rooms for the minutes # place: commission_rooms # history: p_law_voice #id:p.pday42.f343]
    -> p_dawn_fates.for_papers
* {p_law >= 2} [Walk towards the gate, hands open # place: guardhouse # history: p_law_voice #id:p.pday42.03da]
    -> p_dawn_fates.walk_out

= pull_matvei
~ time_of_day = "dawn"
# clear
# place: barrack_pavel
You take Matvei by the shoulders and bring him down, two old prisoners of war on the boards between the bunks. {bond_matvei >= 3: He lets you.|He swears at you in the language of the Criminal Code, article by article.} {gentle: Something huge goes by outside.|Something huge goes by outside, so close the window frame splits.} He stops swearing. You lie there until the soldiers come. #id:p.pday42.de4a
-> p_dawn_fates.steppe

=== p_street_unit ===
-> in_street

// ---- The women's zone: Antanas and Motria ----

= in_street
# clear
# place: women_zone
The crowd in the women's street goes towards the light and falls back, and gathers, and goes again. A tank comes along the barracks at a walking pace, and dogs. Antanas sees Motria in the doorway and runs to her. A woman near you goes down on the ground and does not get up, and the crowd is about to walk over her. #id:p.pday42.ce3b
* [Go after Antanas and Motria # place: women_zone # history: p_law_voice #id:p.pday42.76d0]
    ~ saved = "antanas"
    -> p_dawn_fates.hurt
* [Pull the fallen woman out of the way # place: women_zone # history: p_law_voice #id:p.pday42.ef0c]
    ~ saved = "stranger"
    -> p_dawn_fates.hurt
* [Lie flat against the barrack wall # place: women_zone # history: p_law_voice #id:p.pday42.eda6]
    -> flat_wall
* {p_law >= 2} [Walk back towards the gate, hands open # place: guardhouse # history: p_law_voice #id:p.pday42.fe92]
    -> p_dawn_fates.walk_out

= flat_wall
~ time_of_day = "dawn"
# clear
# place: women_zone
You lie flat against the barrack wall with your face in the dust and your arms over your head. {gentle: The crowd goes past you, and back, and past.|Boots go past your head, and back, and past, and once a dog's breath on your neck.} You do not see where Antanas went. When the soldiers come, they take you with the women's street, and sort you out at the gate. #id:p.pday42.99e6
-> p_dawn_fates.steppe

=== p_dawn_fates ===
// Reached only by diverts to its stitches, from the places above.

= to_women
# clear
# place: women_zone
You run, at forty-one, through the white light towards the women's zone. The street there is full: women and men, out of the barracks, a crowd that goes towards the tanks and falls back and gathers again. Up to about five hundred, the MVD will write. You see Antanas's cap, and Motria in a doorway, and a tank coming along the barracks at a walking pace. #id:p.pday42.e49a
-> hurt

= hurt
{ health <= 2: -> killed("weak") }
-> wounded

// ---- Going back for the papers ----

= for_papers
# clear
# place: commission_rooms
You run back for the minutes, along the barracks, in the open. {p_kept == "hidden": The book is under the board by the stove, and nobody else knows which board.|The book is on the table where you squared it, and someone must take it off the table.} Paper is the only thing you have ever been good at keeping. {gentle: Halfway there, the white light finds you.|Halfway there, in the white light, something hits you from the side, and the ground comes up.} #id:p.pday42.aae5
-> killed("papers")

// ---- The steppe and the photographs ----

= steppe
~ time_of_day = "dawn"
# clear
# place: steppe
# note: selection_arrests
Out through the gate into the steppe. They make you lie face down, arms stretched out in front, thousands of you, row after row, machine guns on the rise behind. By about five the noise in the zone has stopped. The sky is pale now. {saved == "matvei": Matvei is in the row beside you.}{saved == "grisha": Grisha is two men down, his cheek in the dust, alive.} #id:p.pday42.3376
# clear
The steppe is cold under your cheek, then warm, then hot. A soldier, a boy, brings a bucket of water along the line, and lets each of you drink. {saved == "grisha": Grisha drinks, and says thank you, and then looks furious that he said it.|You drink, and say thank you, out of habit.} #id:p.pday42.1cb9
# clear
# discuss: p_photographs
Hours later officers come down the rows with papers and photographs taken at the meetings, bend, compare, and now and then call out a number. You know this work. {p5_grisha == "numbers":You copied Grisha's list in bunk numbers so that no one could do this with your pages.|One of your five copies of Grisha's list, names and all, may be in those papers.} Now someone is reading you. #id:p.pday42.3f6b
-> p_judged_unit

= walk_out
~ fate = "walked_out"
# clear
# place: guardhouse
# note: p_appeal_text
You walk towards the voice with your hands open, because it said you could, and because you have always believed that what is said in writing must be kept. {position == "desk": You leave the pen on the table.}{position == "barrack": Behind you Matvei says "Captain" once, as a question.}{position == "gate": Grisha shouts after you a word you did not know he knew.} No one stops you. #id:p.pday42.dde7
# clear
# place: guardhouse
At the gate a soldier younger than Grisha points with his rifle: that way. Just outside, on a post by the wire, is the horn that called you, bigger than any of Tamara's. You look up at it the way you look at any document: someone wrote this. Someone will have to account for it. #id:p.pday42.86ec
~ time_of_day = "dawn"
# clear
# place: steppe
Outside, a sergeant sits you on the ground with the others who came out and writes your number on a list against his knee. You watch him write it. Behind the wire the morning goes on without you. A soldier, a boy, brings a bucket of water along the line. You drink. #id:p.pday42.f6fb
# clear
# place: steppe
# note: assault_june26
# ending: walked_out
You did what the law's voice said. No record we have found says how many walked out that morning, or what became of them, or what the men they left said when they met again. For the rest of your life you read every official paper twice, once for what it says and once for who wrote it. #id:p.pday42.180f
-> p_day_42.remembered ->
-> p_epilogue

= wounded
~ fate = "wounded"
{ dawn_summary: -> wound_summary }
# clear
# place: women_zone
{ saved == "antanas":
    You reach them in the doorway and pull them both down, Antanas and Motria, onto the boards of the porch, and lie across them. {gentle: The tank passes close, and something catches your leg as it goes.|The tank passes close enough to shake the porch, and the edge of a track catches your leg, and the world goes white and very quiet.} #id:p.pday42.b7f4
- else:
    You get the woman under the arms and drag her against the barrack wall. She weighs nothing; six weeks of short bread. {gentle: Something hits your shoulder, and you fall across her, still holding on.|Something punches into your shoulder and spins you round, and you fall across her, still holding her coat.} #id:p.pday42.dbbc
}
# clear
# place: hospital
Later, on a door carried by two men you do not know, you reach the hospital. It has worked all through the revolt without medicines, and it has none now, and more wounded than mattresses. {gentle: They do what they can for you.|They set what can be set, and bind the rest with strips of sheet.} You are not marched out into the steppe. #id:p.pday42.8e7a
-> wound_end

= wound_summary
# clear
# place: hospital
(Summary.) Pavel is wounded in the women's zone street, {saved == "antanas": pulling Antanas and Motria down out of a tank's way|pulling a fallen woman out of the crowd's way}. He is carried to the camp hospital, which had worked without medicines through the revolt, and is not marched out into the steppe, so no officer compares his face with a photograph. #id:p.pday42.6b97
-> wound_end

= wound_end
# clear
# place: hospital
At noon an orderly comes along the rows with a pencil stub and a school exercise book: number, name, where hit. He asks you to spell Lavrov, and writes it in a hand that slopes downhill. You do not correct the letter he gets wrong. In five years nobody has written your name down for a kinder reason. You lie still and listen to the pencil. #id:p.pdawnfates.eb93
# clear
# place: hospital
# note: casualties_dispute
# ending: wounded
You are one of the wounded of 26 June, whose number the official papers and the survivors still argue about. {saved == "antanas": On the second day Antanas comes with a cut on his forehead and sits by you until a guard sends him away. He says you are a fool, in Lithuanian, twice.|On the second day the woman from the street is carried past on a door. She lifts a hand.} When you can walk, you are sent east. #id:p.pday42.5b04
-> p_day_42.remembered ->
-> p_epilogue

= killed(how)
~ fate = "killed"
{ dawn_summary: -> death_summary }
# clear
{ how == "papers":
    # place: lagpunkt_2
    You lie in the open between two barracks, a long way from the rooms. {p_kept == "hidden": The book stays under its board.|The book stays on its table, squared to the edge.} {gentle: The noise goes on over you, and then it is very far away.|The noise goes on over you for a while, and the dust is warm under your cheek, and then it is very far away.} #id:p.pday42.22eb
- else:
    # place: women_zone
    You reach {saved == "antanas": them|her}, and get {saved == "antanas": them down onto the porch boards|her against the wall}. But you are slower than you were; six weeks of short bread are in your legs, and you cannot get up in time. {gentle: Out in the open, something finds you.|Out in the open, with nothing between you and the white light, you are hit.} You do not get up again. #id:p.pday42.463a
}
-> after_death

= death_summary
# clear
Pavel Lavrov is killed in the assault on the morning of 26 June 1954, {for_papers: running back across the 2nd lagpunkt for the commission's minutes|{saved == "antanas": pulling Antanas and Motria out of a tank's way in the women's zone|pulling a fallen woman out of the crowd's way in the women's zone}}. No one agrees, even now, how many died. #id:p.pday42.b802
-> after_death

= after_death
# clear
# place: steppe
By noon the men of his barrack lie face down in the steppe, in rows, under the machine guns. {bond_matvei >= 3: Matvei lies with his cheek in the dust and recites, under his breath, not the Criminal Code.|One of them has Pavel's pen inside his shirt and does not know what to do with it.} A soldier, a boy, brings a bucket of water along the line, and lets each of them drink. #id:p.pday42.86dc
# clear
# note: named_dead
# note: casualties_dispute
# ending: killed
Pavel Lavrov. Born in Yaroslavl, 1913. Artillery captain; captured in 1942; sentenced in 1949 to twenty-five years for having been captured. He never lived. Men very like him did, and some of them died at Kengir that morning; a few of the dead are named in the sources, most are not. #id:p.pday42.b1e2
-> p_day_42.remembered ->
-> p_epilogue

// ---------------------------------------------------------------- The selection in the steppe
// Explored as a unit of its own (a knot named *_unit, STORY-GUIDE "Exploration units"): it branches on
// the selection score's variables, which the rest of the morning reads only in text. Everything it
// needs of the morning comes in variables (position, p6_last), never in visit counts of p_day_42.
=== p_judged_unit ===
// The selection score (pavel-arc.md §5): every term is named in the text that follows.
~ temp score = p_table
{ p_hand >= 2:
    ~ score = score + 1
}
{ p_kept == "carried" || p_kept == "hidden" || p6_last == "shirt":
    ~ score = score + 1
}
{ p_names >= 2:
    ~ score = score + 1
}
{ position == "desk":
    ~ score = score + 2
}
# clear
{score >= 2: An officer stops at your row with a folder.|The officers pass along your row.} {p_table >= 1: {score >= 2: In the folder is a photograph: a table, a row of men behind it, and at the end of the row, you.|You sat at the commission's table where anyone could see; perhaps the camera was elsewhere that day.}|You never sat at the commission's table in public. There is no photograph of you, as far as you know.} {position == "desk": And they took you at the commission's desk.} #id:p.pday42.dd8f
{
- score >= 3: -> arrested
- score >= 2: -> transferred
- else: -> stayed
}

// ---- The endings ----

= arrested
~ fate = "arrested"
# clear
# place: prison_zone
# cn: fear
The next pages are about an interrogation: fear, a closed room, no violence shown. You can read the scene, or a short summary instead. #id:p.pday42.8a6a
* [Read the scene #id:p.pday42.8ef2]
    -> dyomin
* [Read a short summary instead #id:p.pday42.cb69]
    -> dyomin_summary

= dyomin
# clear
# place: prison_zone
On the fourth day they take you to a room with a lamp. Captain Dyomin, of the MVD, is younger than you, tired, and careful with his cuffs. He does not shout. He lays a photograph on the table, and beside it a page{p4_word == "insisted":, and a radio script with "unlawfully" in it and P. L. in the margin|}, and turns them round so that you can read them. #id:p.pday42.852b
# clear
# place: prison_zone
"The copy of the demands, in your hand," he says, and touches the page. {p_table >= 1: "Your face at the table, at a meeting in June." He does not say which meeting; perhaps nobody wrote that down.} {p_hand >= 2: "Leaflets, scripts, the same hand."} {p_names >= 2: "A list of names, the same hand."} {p_kept == "carried" || p_kept == "hidden" || p6_last == "shirt": "And the minutes." {p6_last == "shirt" || p_kept == "carried": They were in your shirt.|They were under a board by the stove.}} {position == "desk": "And you were at the desk when we came in."} # speaker: dyomin #id:p.pday42.18ef
# clear
# place: prison_zone
# note: p_interrogation
# note: kuznetsov_confession
"Others have written a great deal already," he says, and lays his hand on a thick folder without opening it. "You are a clerk. Clerks know who dictated what. {p4_minutes == "proposed":Your minutes, I am told, say only 'it was proposed'. Proposed by whom?|Who dictated this?}" He turns the page a little further towards you. Your own hand looks up at you, neat, legible, easy to read. # speaker: dyomin #id:p.pday42.460c
* [Say you wrote what you were given #id:p.pday42.aa83]
    -> given
* [Say it is your hand, and yours alone #id:p.pday42.ffaf]
    -> own_hand
* [Say nothing #id:p.pday42.bfcf]
    -> silent

= given
~ p6_dyomin = "given"
# clear
# place: prison_zone
"I copied what was put in front of me," you say. It is true, and it is the oldest answer in the world, and you hear how it sounds. Dyomin writes it down. He writes everything down. Two clerks in a room, and only one has a lamp. #id:p.pday42.c99b
-> arrested_end

= own_hand
~ p6_dyomin = "own_hand"
# clear
# place: prison_zone
"It is my hand," you say. "I wrote it. The demands ask for Soviet laws." Dyomin writes that down too, word for word, and reads it back to you, and asks you to sign it. You read it before you sign, the way you have always read everything. #id:p.pday42.6274
-> arrested_end

= silent
~ p6_dyomin = "silent"
# clear
# place: prison_zone
You say nothing. Dyomin waits, and then writes something short, and you cannot read it upside down, which you have never before been unable to do. "Silence is also in the file," he says, not unkindly. The lamp hums. Behind the door somebody else is waiting. #id:p.pday42.3996
-> arrested_end

= dyomin_summary
# clear
# place: prison_zone
# note: p_interrogation
(Summary.) Pavel is questioned for weeks by an MVD investigator, Captain Dyomin, who is fiction. Dyomin shows him the copy of the demands in his hand{p_table >= 1: and a photograph of him at the commission's table}{p_names >= 2: and a list of names he wrote}, and asks who dictated them. No violence is shown; the sources do not describe how individual prisoners were questioned. #id:p.pday42.fdc2
-> arrested_end

= arrested_end
# clear
# place: prison_zone
# note: selection_arrests
# note: trial_1954_1955
# ending: arrested
You are one of the 436 arrested after the uprising, among them every member of the commission. In November a court sends the leaders' case back, because the defendants complained of how they were questioned. In August 1955, by Kuznetsov's own later petition, the leaders are sentenced. About you, the record is silent. #id:p.pday42.1e39
-> p_day_42.remembered ->
-> p_epilogue

= transferred
~ fate = "transferred"
# clear
# place: steppe
Days later, in a hut by the gate, Captain Dyomin has your page in front of him for three minutes. {p_table >= 1: He looks at the photograph, and at you, and nods, as a man nods at a match.|He looks at the copy of the demands, and at your hand, and nods.} "Not a leader," he says, and writes. "A pen." Then the next man. # speaker: dyomin #id:p.pday42.730f
# clear
# note: transfers
# ending: transferred
A lorry to the railway, a wagon, a bolt drawn across from outside. You are one of about a thousand, men and women, sent away as supporters of the revolt: Ozerlag, Kolyma. Another zone, the same twenty-five years. In the first week the camp office there finds out you write a clean hand, and gives you a pen. #id:p.pday42.e1c0
-> p_day_42.remembered ->
-> p_epilogue

= stayed
~ fate = "stayed"
# clear
# place: steppe
The officers pass along your row and go on. Late in the afternoon you are let sit up, and then stand, your arms full of pins. Around you men are looking for faces. {saved == "matvei": Matvei finds yours, and says, "Well, Captain," and nothing else.|{saved == "grisha": Grisha finds you and does not say thank you again.|Some of them find them.}} #id:p.pday42.83f0
# clear
# note: selection_arrests
# ending: stayed
After that the camp empties around you: lists read out at the gate, lorries, doors left open on barracks with no one in them. Your number is on none of the lists. You stay in Steplag and go on serving. In July a new clerk in the camp office asks whether you write a clean hand. You say you used to. #id:p.pday42.347d
-> p_day_42.remembered ->
-> p_epilogue


// ---------------------------------------------------------------- His people, then the shared history
=== p_epilogue ===
# clear
# place: commission_rooms
# note: p_minutes_fiction
Pavel and his people are fiction; so are his minutes. {p_kept == "carried": {fate == "arrested" || fate == "killed": The book in his shirt goes into a soldier's sack, and after that into no record we know of.|The book is taken from him at the gate, and after that goes into no record we know of.}|{p_kept == "hidden": The book under the board is never found by anyone we know of. Perhaps it is still there; perhaps a stove had it that winter.|{p_kept == "burned": The minutes went up the stovepipe on 24 June. Nobody reads them, because there is nothing to read.|The book on the table goes into a sack with the rest, and after that into no record we know of.}}} No minutes of the prisoners' commission appear in any source this game draws on. #id:p.pepilogue.8259
# clear
# place: prison_zone
Yevgeny Tarasov, the commission's secretary, is taken in the first hour, his hands tied behind him: one of the 436. What he told them no record says; he never lived. {bond_tarasov >= 3: {fate == "killed": He says Pavel's name to the investigator once, and then refuses to say it again.|In 1957 a postcard reaches you with no return address, one line in a schoolteacher's hand: We kept the good copy, didn't we.}|{fate == "killed": He is never asked about Pavel.|You never hear of him again.}} #id:p.pepilogue.bcdd
# clear
# place: women_zone
{
- saved == "antanas":
    Antanas Butkus and Motria live. {fate == "killed": They live because you went out for them, and they name their first son Povilas, which is Pavel in Lithuanian.|No one sends a husband and wife to the same camp; they find each other again in 1956, by letter, through an address you wrote out for them.} #id:p.pepilogue.ca4b
- p5_address != "none":
    {fate == "killed": Antanas gave Pavel his mother's address "in case"{p5_address == "paper":, on a paper nobody read|, and Pavel had it by heart; nobody else did}. What became of Antanas and Motria, this story cannot honestly say.|{p5_address == "paper" && p_kept == "carried":You never learn what became of Antanas. His mother's address was on the last page of the book they took from you; of the village you remember a church and a river.|You never learn for certain what became of Antanas. In 1956 you write to his mother's address, the one he made you keep "in case", in careful Russian. Months later an answer comes, in Lithuanian, which you cannot read. You keep it anyway.}} #id:p.pepilogue.2d42
- else:
    {fate == "killed": What became of Antanas Butkus and Motria, this story cannot honestly say; the man who would have looked for them is dead.|You never learn for certain what became of Antanas Butkus and Motria. For years you look, in every column, for a Lithuanian with his cap in his hands.} #id:p.pepilogue.dfde
}
# clear
# place: steppe
{saved == "matvei": Matvei Kholodov lives because you pulled him down.|Matvei Kholodov comes through the morning.} He is released by a review commission in 1956 and goes home {bond_matvei >= 3: {fate == "killed": and every year on 26 June drinks one glass, standing, to a captain of artillery.|and writes to you once, a page of the Criminal Code copied out with every article crossed through.}|and never writes a petition again.} Tamara Lesnaya goes north with the women sent away that summer. #id:p.pepilogue.fded
# clear
# place: guardhouse
{saved == "grisha": Grisha Nechaev lives. He goes east with the thousand, and years later tells his grandchildren that a clerk saved his life, and that it was the only useful thing the ink brigade ever did.|Grisha Nechaev was on the picket when the snipers fired{p5_grisha == "numbers":, a bunk number on your copies of his list|{p5_grisha == "names":, his name on five copies in your hand|}}. {fate == "killed": Whether he was among the dead, whose number no one agrees on, or among the thousand sent east, this story does not know.|You never learn whether he was among the dead, whose number no one agrees on, or among the thousand sent east.}} #id:p.pepilogue.4747
-> epilogue.kengir
