// Pavel, Act II "The broken promise": p_day_05 to p_day_12 (writer p2).
// Brief: docs/briefs/pavel-arc.md §4, crossings.md C2. Every knot here starts with p_.
// Reads (contract): p_law (5, 8), p_petition (7). Sets: bond_antanas (8), bond_tarasov (10),
// bond_matvei (11), p_table (12), p_law (12). Memory (text only): p2_tally (5), p2_note (6),
// p2_bet (7), p2_wall (8), p2_terms (10), p2_list (11), p2_answer (12); see story/variables.ink.
// Real people (Kuznetsov, Yegorov, Dolgikh, Vavilov; the commission's members as ink on day 11)
// appear only as the record has them, each line with a # note.

// ---------------------------------------------------------------- Thursday 20 May
=== p_day_05 ===
~ day = 5
~ time_of_day = "dawn"
~ weather = "wind"
~ walls = "breached"
# clear
Thursday, 20 May. The rail clangs at five. The count at the guardhouse comes out right the first time, and the brigades walk out five abreast as if nothing had been promised to anyone. # place: guardhouse # note: return_to_work #id:p.pday05.fbac
{p_law >= 2: A general said gates, and no punishment. You believe it is written down somewhere, in a folder with a number. Paper outlasts a general's mood.|A general said gates, and no punishment, out loud, in a yard. You have heard generals before. What is said in a yard is weather.} #id:p.pday05.0758
-> site

= site
# clear
The site is a house for free workers on the edge of the settlement. Your brigade carries blocks up a plank ramp. Your hands do the work; your head counts: blocks, barrows, the minutes the guards spend looking at the zone. {p1_book: Tonight the sum goes on the sheet in your cap lining.|You keep the sum in your head, where nobody searches.} # place: construction # note: steplag_labour #id:p.pday05.a66a
# clear
At the end of the shift the brigadier hands you the work sheet, as he has since March: your figures are the only ones the office reads without sending back. Today the brigade made sixty-three per cent of the norm. Sixty-three is short bread. # place: construction #id:p.pday05.b580
{p1_count == "covered": "Make it a hundred and two," he says. "You answered for the Lithuanian at the count. Answer for us."|"Make it a hundred and two," he says. "Everybody does."} #id:p.pday05.032e
// Echo: p2_tally is read on day 10, in Tarasov's reason for wanting this hand.
* [Write sixty-three. The true figure. #id:p.pday05.cbbf]
    ~ p2_tally = "true"
    You write sixty-three, in figures nobody can misread, and sign. "Then you tell them why the bread is short." You tell them, in the barrack, in the voice you once used for casualty returns. Nobody hits you. Matvei laughs until he coughs. #id:p.pday05.02a2
* [Write a hundred and two. Feed the brigade. #id:p.pday05.53de]
    ~ p2_tally = "padded"
    You write a hundred and two, neatly, and sign for the brigadier, who signs with a cross. It is the first false figure you have put on a form. The forms put a false one on you first; that helps less than it should. Tonight the brigade eats its full bread. #id:p.pday05.793c
-
# clear
In the barrack the talk is all of gates: where, how wide, whether a man may walk through one in daylight. Antanas, on the next bunk, has already chosen which gate is his. You lie down with the day's figure behind your eyes, {p2_tally == "true": true and short.|neat and false.} # place: barrack_pavel #id:p.pday05.085b
-> p_day_06

// ---------------------------------------------------------------- Friday 21 May
=== p_day_06 ===
~ day = 6
~ time_of_day = "day"
~ weather = "heat"
~ walls = "breached"
# clear
Friday, 21 May. Heat by ten. On the site the mortar dries on the trowel before it reaches the block, and the guard on the corner has taken his boots off, which the brigade counts as the best news of the week. {p2_tally == "true": The brigade is on yesterday's short bread, and nobody looks at you.|The brigade is on yesterday's full bread, and the brigadier calls you professor.} # place: construction #id:p.pday06.519a
-> note

= note
# clear
{p1_count == "covered": At night Antanas Butkus, in your debt since the count, sits on the end of your bunk with a scrap of cement-bag paper and a pencil stub.|At night Antanas Butkus sits on the end of your bunk with a scrap of cement-bag paper and a pencil stub. The count on Monday is not mentioned.} He talks of one person now: Motria, a Ukrainian in the women's zone. He wants to write to her before the gates are cut, so that she knows he is coming. # place: barrack_pavel #id:p.pday06.0df8
# clear
"In Russian," he says. "She reads Russian. I speak it fine. I write it like a cow walks." He shows you: his letters lean on each other like fence posts after a storm. {p1_letter == "soon": "You have the hand. You wrote my mother 'soon'. Write her 'soon' too. You make it nice."|"You have the hand. You wrote my mother 'one day'. For her, no 'one day'. Sunday. You make it nice."} # speaker: antanas #id:p.pday06.9617
// Echo: p2_note is read on days 8 and 9 (what Motria holds, and whose hand it is); later acts may read it (day 18, the wedding paper).
* [Write it for him, in your hand #id:p.pday06.b6a9]
    ~ p2_note = "wrote"
    He dictates; you mend only the spelling. That the gate will be cut on Sunday. That he will come through it first, washed. That he has saved a clean shirt for it. You write it small, on both sides, in your best hand, and fold it to the size of a stamp. He kisses the packet, then, embarrassed, your pencil. #id:p.pday06.aee7
* [Make him write it. Spell it out for him. #id:p.pday06.9dc2]
    ~ p2_note = "taught"
    "Your words, your hand," you say. "She should have something of yours." It takes an hour. You spell; he writes, his tongue between his teeth. That the gate will be cut on Sunday. That he will come through it first, washed. The letters still lean. They lean towards her, he says. #id:p.pday06.2a53
-
# clear
{p2_note == "wrote": He tucks your small, careful hand into his cap band and lies down.|He tucks his own leaning letters into his cap band and lies down.} You think of your last letter to your mother in Yaroslavl, and how long you took over each word, because there were so few. # place: barrack_pavel #id:p.pday06.c871
-> p_day_07

// ---------------------------------------------------------------- Saturday 22 May
=== p_day_07 ===
~ day = 7
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
Saturday, 22 May. The third day of work as before. Everyone says the gates will be cut tomorrow, on Sunday; who said it first nobody knows. On the ramp a man from the 3rd says the carpenters have been told. A man from the 2nd says the saw has been seen. {p1_promise == "written": You have seen neither, and believe them anyway.|You have seen neither, and say so, and are not thanked.} # place: construction #id:p.pday07.a4e4
-> bet

= bet
# clear
In the barrack Matvei Kholodov is sitting on your bunk, shaving with a blade so old it is mostly an idea. Fifty-four, a prisoner of the Germans like you, then a prisoner of ours, like you. He quotes the Criminal Code the way other men quote Pushkin. {p2_tally == "true": Since Thursday he calls you "Sixty-three", not kindly.|Since Thursday he calls you "A Hundred and Two", fondly.} # place: barrack_pavel #id:p.pday07.fef6
# clear
"A bet," he says. "My bread tomorrow against yours: by Sunday night, no gate. Article fifty-eight has a paragraph for everything, Pavel. Somewhere there is one for men who believe generals." # speaker: matvei #id:p.pday07.64cb
{p_petition:
- "law": The petition you wrote him in the law's words went off last week. He has not mentioned it since, which means he thinks of nothing else. #id:p.pday07.937f
- "his_words": The petition you wrote him in his own words went off last week. He still recites his best sentence from it, to annoy you. #id:p.pday07.aa32
- "refused": He has not forgiven you the petition you would not write, and does not pretend to. #id:p.pday07.fda1
}
// Echo: p2_bet is read on day 8 (the bread at supper) and day 11 (what Matvei says he is owed).
* [Take the bet. There will be a gate. #id:p.pday07.bd53]
    ~ p2_bet = "gate"
    You shake on it. His hand is as dry as a sheet of paper. "It was promised before witnesses," you say, "by a general of the ministry, with a procurator beside him." "So was my sentence," says Matvei, and goes back to his shaving, whistling through his teeth. #id:p.pday07.05a8
* [Refuse. Nobody bets bread on a general. #id:p.pday07.bcf8]
    ~ p2_bet = "refused"
    "I don't bet bread," you say. "Not on generals, not on the weather." Matvei looks at you over the blade. "That's what I thought," he says. "You believe it less than you say." He goes back to shaving, pleased, as if he had won anyway. #id:p.pday07.4ad5
-
# clear
{p2_note == "wrote": Before lights-out Antanas checks his cap band for your note, twice.|Before lights-out Antanas checks his cap band for his own note, twice.} Through the window the far wall stands with its gaps, dark against a darker sky. Tomorrow there will be a gate in it, or there will not. # place: barrack_pavel #id:p.pday07.c081
-> p_day_08

// ---------------------------------------------------------------- Sunday 23 May
=== p_day_08 ===
~ day = 8
~ time_of_day = "day"
~ weather = "dust"
~ walls = "rebuilt"
# clear
Sunday, 23 May. Not a rest day after all: the plan is behind, the brigadier says, and the columns go out through the guardhouse as on any weekday. {p2_bet == "gate": At the gate you look along the wall for carpenters, for a saw, for anything to win a ration by.|At the gate you look along the wall for carpenters, for a saw, for anything at all.} There is the warder, and the wind, and the dust. # place: guardhouse # note: may23_walls_rebuilt #id:p.pday08.19b3
-> transport

= transport
# clear
By the guardhouse a second line stands apart: the thieves sent in this spring, with bundles. An officer reads names off a list, and each name steps out and climbs into a lorry. Nobody says where to. {p1_list == "names": You count them from habit, as you counted the wounded on Tuesday, and lose the count in the dust somewhere past a hundred and sixty.|{p1_list == "count": You count them from habit, numbers without names, as on Tuesday, and lose the count in the dust past a hundred and sixty.|You count them from habit and write nothing: Tuesday's list went into a stove. You lose the count past a hundred and sixty.}} # place: guardhouse #id:p.pday08.2151
# clear
All day the brigade works fast, as if speed could bring the evening. At six, from the road, you see it before anyone says it: the gaps in the far wall are gone. Fresh saman, darker than the old, wet at the joints. No gate. Not even a mark where one would be. # place: construction #id:p.pday08.7031
{p1_book: Nobody shouts. Tonight the sheet in your cap gets one line: wall whole, no gate.|Nobody shouts. The column is counted in, and looks.} # place: lagpunkt_2 # note: may23_walls_rebuilt #id:p.pday08.6162
# clear
Four hundred of the thieves, more, men say at supper: gone in one morning, and the wall back by the evening. {p1_promise == "written": You had believed the promise was written down somewhere. Perhaps it was. Somewhere a folder has a gate in it, and the wall has none.|You never believed it. It does not help at all to have been right.} # place: barrack_pavel #id:p.pday08.7d67
{p2_bet == "gate": You push your bread across to Matvei. He looks at it and pushes it back. "Keep it," he says. "I would rather have lost."|Matvei eats without a word. Once he looks at you, and you know he is remembering that you would not bet.} #id:p.pday08.5f12
-> wall

= wall
# clear
After lights-out Antanas sits up in the dark with his boots on and the note in his hand. {p2_note == "wrote": "Your words go over tonight," he says, "with a stone."|"My own letters go over tonight," he says, "with a stone."} "She must know I did not forget. She will think we agreed to it, the wall." The tower on the corner has its light on. # speaker: antanas #id:p.pday08.c7fb
// Echo: bond_antanas (contract, read at 42); p2_wall is read on day 9 (how the note reaches Motria) and day 12.
* [Go with him. Keep watch at the wall. #id:p.pday08.9665]
    ~ bond_up(bond_antanas)
    ~ p2_wall = "watched"
    At the corner of the barrack you time the searchlight, as once you timed a battery: fourteen seconds of dark. On the ninth Antanas throws. The stone and its paper go over the fresh wall into the women's zone, and you are both inside before the light comes round again. # place: lagpunkt_2 #id:p.pday08.cabc
* [Hold him back. The tower is manned tonight. #id:p.pday08.11db]
    ~ p2_wall = "held"
    "The wall is new," you say, "and so is the guard on it." You hold his wrist until he stops pulling. He lies down with his back to you and the note in his fist, and you lie awake listening to him not sleep. #id:p.pday08.1b58
-
# clear
{p2_wall == "watched": Long after, your heart is still counting fourteen seconds with nothing left to count.|Towards morning his breathing slows at last.} Somewhere beyond the new wall someone begins a song in Ukrainian and stops after a line, as if he had thought better of it. You decide you did not hear which way the wall will go. # place: barrack_pavel #id:p.pday08.1861
-> p_day_09

// ---------------------------------------------------------------- Monday 24 May
// A day with no choice: the walls come down; earlier choices (p2_wall, p2_note) decide what Pavel sees.
=== p_day_09 ===
~ day = 9
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
# clear
Monday, 24 May. The warder unlocks the barrack at the usual hour and walks away faster than usual. Then, from the service yard, a thudding, slow and even, like a rammer driving piles. Men run past the window towards it. {p2_wall == "watched": Antanas is gone already; his blanket lies on the floor.|Antanas is gone already, the note still in his fist; his blanket lies on the floor.} # place: barrack_pavel # note: may24_zones_united #id:p.pday09.eac5
-> wall

= wall
# clear
At the wall twenty men swing a beam between them, on a count. The new saman gives first, wet under its skin. A stroke, a rest, a stroke, and the old wall takes the new one down with it. {p1_promise == "written": The officer in you approves of the drill, and wonders who will sign for it.|The officer in you approves of the drill.} # place: wall_yard_l2 #id:p.pday09.c34a
~ time_of_day = "day"
# clear
By the time the sun clears the towers there is no wall between the 2nd lagpunkt, the service yard and the women's zone: only heaps of broken blocks, on which men sit as on benches. Women walk into the service yard as into a street. {p2_bet == "gate": Matvei sits on a heap of blocks like a judge. "A day late," he tells you. "You still owe me."|Matvei sits on a heap of blocks like a judge. "Good thing nobody bet on Monday," he says.} # place: service_yard #id:p.pday09.e566
# clear
You find Antanas at the edge of the women's zone with a tall young woman in a headscarf: Motria. {p2_wall == "watched": She has the note from the stone, found at dawn in the weeds by the wall, and holds it up for you to see.|He gives her the note now, by hand, soft from a night in his fist. "Better by hand," he tells you, and has forgotten to be angry.} # place: women_zone # speaker: antanas #id:p.pday09.4341
# clear
{p2_note == "wrote": She has read it so often she knows it by heart, she says, and says a line of it back to you, your own words, commas and all. Antanas looks as proud of you as if he had written it.|She reads it aloud to the women round her, leaning letters and all, and they laugh, and she tucks it away inside her dress. "His own hand," she says to you. "Not yours."} #id:p.pday09.31bf
# clear
Walking back you pass a barrack step where a man and a woman sit side by side, not touching, not talking, only sitting. {p1_book: The sheet in your cap lining stays blank tonight. For once you do not want to write anything down.|Nobody has written anything down all day, and for once you have not wanted to.} # place: lagpunkt_2 #id:p.pday09.3f3d
-> p_day_10

// ---------------------------------------------------------------- Tuesday 25 May
=== p_day_10 ===
~ day = 10
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
# clear
Tuesday, 25 May. At the usual hour a voice at the guardhouse calls the brigades out to work, thin and far away. Nobody goes. Not the 2nd, not the 3rd, not the women. {p2_tally == "true": You stand in the door beside the brigadier, who has not spoken to you since Thursday, and listen to the voice call into an empty yard.|You stand in the door beside the brigadier, who has shared his tobacco since Thursday, and listen to the voice call into an empty yard.} # place: guardhouse # note: may24_zones_united #id:p.pday10.587d
# clear
By the MVD's own report to Moscow, written tomorrow, more than four thousand prisoners refuse work today, and behave calmly. {p1_book: The sheet in your cap says it in fewer words: nobody went. You would have liked the report's one honest adverb.|You will never read that report. You would have liked its one honest adverb.} # note: mvd_report_may26 # discuss: refusal_report #id:p.pday10.ece8
-> tarasov

= tarasov
# clear
In the afternoon Yevgeny Tarasov comes down the barrack asking for you: thirty-odd, a schoolteacher before his arrest. {p2_note == "wrote": Somebody has told him about your love letter.|Somebody has told him how you spelled out a love letter for the Lithuanian.} # place: barrack_pavel #id:p.pday10.ea70
"The commission is making departments," he says. "Propaganda, defence, security, technical, supplies. Every one wants paper: lists, orders, minutes, letters to Moscow. I am its secretary, God help me, and I write like a schoolteacher." # speaker: tarasov # note: commission_departments #id:p.pday10.1e11
# clear
{p2_tally == "true": "They tell me you wrote sixty-three per cent on Thursday, true, and your brigade ate short for it. A man who will do that is a man we need."|"They tell me you turned sixty-three into a hundred and two on Thursday, and it looked truer than the truth. We need that too, God forgive us."} He holds out a pencil: not his own, a new one. # speaker: tarasov #id:p.pday10.6e87
// Echo: bond_tarasov (contract, read 20, 30, 40); p2_terms is read on days 11 and 12 (how he comes to the desk, what he says of the list, the minute).
* [Take it. I'll write whatever the commission needs. # history: p_recruited #id:p.pday10.ed90]
    ~ bond_up(bond_tarasov)
    ~ p2_terms = "any"
    You take the pencil: the first new thing anyone has given you in five years. "Whatever it needs," you say. Tarasov grins like a man who has found chalk. "Tomorrow at eight, then. We have less than nothing, and you'll learn to make ink of it." # speaker: tarasov #id:p.pday10.9816
* [Minutes, yes. Not orders. Not lists of men. # history: p_recruited #id:p.pday10.2727]
    ~ p2_terms = "minutes"
    "I'll write down what was said, and who said it. No orders, and no lists of men. I have been on a list." Tarasov turns the pencil in his fingers. "Fair," he says. "Everybody here has been on a list. Tomorrow at eight. We'll see how long fair lasts." # speaker: tarasov #id:p.pday10.8294
* [Not me. Ask me again tomorrow. # history: p_recruited #id:p.pday10.9ff3]
    ~ bond_down(bond_tarasov)
    ~ p2_terms = "later"
    "Not me," you say. "I have written enough for one life. Ask me tomorrow." Tarasov puts the pencil back behind his own ear, which is worse than an argument. "I will," he says. "I'll ask every day. The commission can wait. The paper can't." # speaker: tarasov #id:p.pday10.10c9
-
# clear
When he has gone, Matvei comes back and sits where Tarasov sat, sniffing the air. "Ink," he says. "They take the writers first, Pavel, and then the men who copied them." {p2_terms == "later": "Not yet," you say. He looks at you as if you had said it to a woman.|{p2_terms == "minutes": You tell him your terms. "Terms," he says. "On a list, a man has no terms."|You do not tell him about eight o'clock.}} # speaker: matvei #id:p.pday10.eb40
-> p_day_11

// ---------------------------------------------------------------- Wednesday 26 May
=== p_day_11 ===
~ day = 11
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
# clear
Wednesday, 26 May. In the night the broken walls began to move. Men carry the saman to the guardhouses in barrows and blankets and build it up again, chest high, before every gate where troops could come in. # place: guardhouse # note: commission_departments #id:p.pday11.eed2
{p2_terms == "later": At a quarter to eight Tarasov is at your bunk, as he said he would be. "It's tomorrow," he says. You find you have your boots on already.|{p2_terms == "minutes": At eight you walk to the commission's barrack, your terms in your head, past men laying blocks.|At eight you walk to the commission's barrack with the new pencil in your pocket, past men laying blocks.}} #id:p.pday11.fc0b
-> desk

= desk
# clear
Your desk is a board on two trestles in a barrack room with the bunks pushed to the walls. This morning it was a door; it still has its hinge. A tin of ink Tarasov has made from soot, water and a little glue from the workshop. A steel nib bound to a stick. {p1_book: The sheet in your cap stays there: this is the commission's ink.|The window faces the wind.} # place: commission_rooms # note: p_clerks_paper #id:p.pday11.08d5
# clear
"First job," Tarasov says, and lays down a half-sheet: pencil, crossings-out, a hand that is neither his nor any you know. "The commission's members, by lagpunkt. Three clean copies: one for the door, one for the file, one for me. Nobody signed this. Nobody needs to." # speaker: tarasov #id:p.pday11.093f
{p2_terms == "minutes": "It's a list of men," you say. "It's a list of men who put their own names on it," he says. "The other kind."|{p2_terms == "later": "Yesterday it was 'not me'," he says. "Today it's you. Copy."|Whatever it needs, you said. You dip the nib.}} #id:p.pday11.ba44
# clear
You copy. The women's zone: A. A. Mikhailevich, L. K. Suprun, M. S. Shimanskaya. The 2nd, yours: Yu. A. Knopmus, E. I. Sluchenkov, E. S. Sunichuk. The 3rd: A. A. Avakyan; K. I. Kuznetsov, chairman; A. F. Makeev. Initials and surnames, nothing else: no ages, no articles, no terms. # note: p_commission_list #id:p.pday11.76bf
# clear
Under a ruled line, in the same hand: G. I. Keller, military department. V. V. Ivashchenko, commandant. V. P. Ryabov, "prison", in quotation marks, as if the word were ashamed of itself. V. P. Skiruk, and after his name a bureau cut down to letters you cannot expand. You do not guess. You copy the letters. # note: p_commission_list # discuss: p_membership_list #id:p.pday11.f12f
# clear
Thirteen names, three times. Most are only ink to you. {p1_list == "names": Your last list, the wounded of Tuesday, is still in your cap. These men put their own names forward.|{p1_list == "count": Your last list, you tore the names off. These men put their own names forward.|Your last list went into a stove. These men put their own names forward.}} Your hand does not know the difference. It makes the same neat capitals either way, and that is what a hand is for. #id:p.pday11.e61f
# clear
At noon a boy from the pickets, a length of pipe on his shoulder, puts his head round the door. {p2_tally == "true": "The ink brigade," he says. "Sixty-three, is it?" He goes, pleased with himself.|"The ink brigade," he says. "A hundred and two, is it?" He goes, pleased with himself.} Grisha Nechaev, Tarasov says: twenty, and one day he will be right about something. # speaker: grisha #id:p.pday11.e73b
-> matvei

= matvei
# clear
In the evening Matvei brings your bread to the door, without a bite gone, which he mentions twice. He looks at the board, the ink, the three copies drying in a row. "Show me," he says. "Who's on it." # speaker: matvei #id:p.pday11.662b
{p2_bet == "gate": "You owe me a ration from Sunday, remember. I'll take a look instead."|"You never bet, so you owe me nothing. I'd like a look anyway."} # speaker: matvei #id:p.pday11.977e
// Echo: bond_matvei (contract, read 35 and 42); p2_list is read on day 12 (where Matvei is that evening) and may be read on day 35 (his name off a list).
* [Show him. He has a right to know. #id:p.pday11.742e]
    ~ bond_up(bond_matvei)
    ~ p2_list = "showed"
    You turn the copy round. He reads it with a finger, his lips moving at the initials. "Good," he says at last. "Now everybody knows who they are." He puts the bread on the board beside the ink. "And everybody will know who wrote them out so nicely. Eat." # speaker: matvei #id:p.pday11.b871
* [Cover it. It's the commission's paper, not mine. #id:p.pday11.e76a]
    ~ bond_down(bond_matvei)
    ~ p2_list = "covered"
    You lay your sleeve over the wet ink and smudge the 2nd lagpunkt. "It's the commission's paper," you say. "Not mine to show." Matvei sets the bread on the bench, not the board, and looks at you as he looks at the camp office window. "One day," he says. "That's quick, even for you." # speaker: matvei #id:p.pday11.d389
-
# clear
{p2_list == "showed": You walk back at dusk past the barricades, Matvei beside you, and for once he quotes nothing.|You walk back alone at dusk past the barricades; Matvei has gone on ahead.} The soot will not wash off your fingers. Tomorrow, Tarasov said at the door, there will be something long to copy fair, and it must be perfect. # place: lagpunkt_2 #id:p.pday11.4680
-> p_day_12

// ---------------------------------------------------------------- Thursday 27 May
=== p_day_12 ===
~ day = 12
~ time_of_day = "evening"
~ weather = "clear"
~ walls = "open"
~ defences = true
# clear
Thursday, 27 May. At eight Tarasov lays a draft on your board: eleven points in pencil, in more than one hand, with crossings-out, unsigned. {p2_terms == "minutes": Who wrote which line is not your business, he says. You said as much on Tuesday.|{p2_terms == "later": Who wrote which line is not your business yet, he says: you have been here a day.|Who wrote which line is not your business, he says, and he is right.}} A fair copy by evening, on the best paper in the zone, which is not saying much. # place: commission_rooms #id:p.pday12.0112
-> copy

= copy
# clear
You copy. An investigation of the shooting; no reprisals; shorter terms for the twenty-fives. At the fifth, a review of the cases under Article 58, your nib slows by itself. {p_petition == "law": Your own case is in that line, and Matvei's, whose petition you put into these same words.|{p_petition == "his_words": Your own case is in that line, and Matvei's, whose petition said it in his own words.|Your own case is in that line, and Matvei's, whose petition you would not write.}} You make the letters no larger than the others. # place: commission_rooms # document: demands_may27 # note: may27_demands #id:p.pday12.ac32
# clear
{p2_terms == "minutes": "Minutes, not orders," you said on Tuesday. These are neither: they are requests, in the law's own grammar. You decide a request is allowed.|{p2_terms == "later": "Two days," Tarasov says over your shoulder, "and the commission has the best hand in the zone." You do not know whether to be pleased.|"Whatever it needs," you said on Tuesday. It needs this: eleven lines, no blots, and nothing of yours in them but the hand.}} #id:p.pday12.58bc
# clear
In the afternoon the word runs round the zone: a commission from Moscow, higher than the last, will hear the prisoners in a dining hall. "You sit at the end of the table," Tarasov says, "with the copy. In case." {p1_promise == "written": In case of what, he does not say. In case they want it in writing, you think.|In case of what, he does not say.} # speaker: tarasov #id:p.pday12.90e1
-> hall

= hall
# clear
# crossing: c2
By a quarter past six the hall is packed: about two thousand, people will say afterwards, on the benches, on the tables, in the windows. Tarasov sends you out to the door to see that the board there hangs straight. # place: meeting_hall #id:p.pday12.3bd3
# clear
# fact: c2.slogan
Someone from the workshops has painted it in careful letters, the paint still tacky: WE ARE FOR SOVIET LAWS BUT AGAINST THOSE WHO DISTORT THEM. You straighten it by a finger's width and stand back to read it as a stranger would. It would pass in any court. # place: meeting_hall #id:p.pday12.69d6
# clear
# fact: c2.arrival
From the door you see them come through the guardhouse at twenty-five past six: Yegorov, a deputy minister of internal affairs; Dolgikh, head of the main camp administration; Vavilov of the Procuracy; officers behind them in a tight knot. Your eyes read the shoulder boards before the faces: a major-general, a lieutenant-general. # place: guardhouse # note: may27_demands #id:p.pday12.da4a
# clear
# fact: c2.thieves
Men press in from both sides to tell them things: a sentence, a wife in exile, a brother shot on the eighteenth. Beside you at the dining-hall door two of the thieves the transport did not take push them back, not roughly. "Don't talk to them," one says. "The commission talks for all of us. Only the commission." # place: meeting_hall # note: may27_demands #id:p.pday12.46f9
# clear
You slip in through the kitchen and take the last chair at the table's far end, by the water jug, the fair copy under your hand. {p2_terms == "minutes": You know who sits where tonight: Tarasov wrote the seating out himself, since you write no lists of men, and burned it.|You know who sits where tonight, because you wrote the seating out for Tarasov in the morning and then burned it in the stove, as he asked.} # place: meeting_hall #id:p.pday12.612f
-> reading

= reading
# clear
# fact: c2.reading
Kuznetsov stands and reads from a paper, steadily, not loud. The hall goes so quiet you hear the paper move, and from the windows each line is passed out, mouth to mouth, to the crowd outside. You follow with a finger on your copy, like a proof-reader. Whether his paper is yours, nobody says. # place: meeting_hall # note: kuznetsov #id:p.pday12.305e
# clear
First, an investigation of the shooting on the seventeenth and eighteenth of May, and punishment for those responsible. Second, no reprisals against anyone on the commission. Third, shorter terms for those serving twenty-five years. Fourth, a change in how prisoners' families are treated. # speaker: kuznetsov # note: may27_demands #id:p.pday12.ec21
{p1_letter == "soon": At the fourth you think of a mother in Lithuania, waiting on a "soon" in your hand.|At the fourth you think of a mother in Lithuania, and a "one day" in your hand.} # place: meeting_hall #id:p.pday12.76d2
# clear
Fifth, a review of the cases of everyone sentenced under Article 58. Sixth, no more exile for prisoners released from the special camps. Seventh, pay for their work on the same terms as free workers. Eighth, free contact with the women: the zones joined for good. # speaker: kuznetsov # note: may27_demands #id:p.pday12.96e5
{p2_wall == "watched": At the eighth you think of a stone going over a wet wall in fourteen seconds of dark.|At the eighth you think of Antanas's fist round a note, all one night.} #id:p.pday12.c9ce
# clear
Ninth, limits on the administration's power to punish: nobody put in the ShIZO, the punishment cell, without a prosecutor's sanction. Tenth, better terms of remission for the women. Eleventh, a member of the Party Presidium or a secretary of the Central Committee to come here, to Kengir, and hear it all. # speaker: kuznetsov # note: may27_demands #id:p.pday12.d692
# clear
Tarasov leans down the table. "The windows," he says. "They're getting it in pieces out there. Give them the words exact." You climb onto the bench under the third window with the copy. # speaker: tarasov # place: meeting_hall #id:p.pday12.52a7
-> window

= window
You pass the sheets out to the front rows, one by one, in order, and they go back over shoulders. {p2_list == "showed": In the third row Matvei, arms folded, reads one upside down.|You look for Matvei among the faces and do not find him.} # place: meeting_hall #id:p.pday12.483c
# clear
Behind you, at the table, the generals answer. The noise of the hall covers it: two thousand men shifting, and outside, the crowd calling for the sheets. {p1_promise == "written": You hear a voice, not words, and tell yourself somebody is writing them down.|You hear a voice, not words: another answer given in a yard.} By the time you turn round, it is over. # place: meeting_hall # note: may27_demands #id:p.pday12.d339
# clear
An officer behind the generals is writing in a notebook. He looks along the table to the empty chair by the water jug, then to you at the window, and writes again. {p1_count == "covered": Last week you answered to another man's number. Tonight, you suspect, you have one of your own.|You wonder what a notebook calls a man at a window.} # place: meeting_hall #id:p.pday12.c97e
-> stand

= stand
# clear
The Moscow men get up to go. Along the benches the hall gets up with them, two thousand men on their feet at once: old habit, or something newer, you cannot tell which. You are back in the last chair, a soot thumbprint on the eleventh sheet. # place: meeting_hall #id:p.pday12.0ea9
// Echo: p_table (contract, read at the selection on day 42 and in the endings). Later acts can test p_table >= 1 on day 13 for this choice.
* [Stand when the hall stands # history: p_may27_table #id:p.pday12.beea]
    ~ p_table_up()
    You stand. Your back remembers how: heels together, the papers against your chest like a map case. The officer's pencil moves again. Whatever he writes about the end of the table is in his hand now, not in yours. # place: meeting_hall #id:p.pday12.3b72
* [Stay seated with the papers # history: p_may27_table #id:p.pday12.52f8]
    You stay in your chair, squaring sheets that are already square, as if a clerk were furniture. The officer's eyes go along the standing rows and pass over you the way eyes pass over a table. You do not look up until the door has closed. # place: meeting_hall #id:p.pday12.fc8b
-
-> minute

= minute
~ time_of_day = "night"
# clear
At the board, by lamplight, Tarasov dictates the minute, and it is one line. Twenty-seventh of May, eighteen thirty: the demands were read. Nothing about the answer; you did not hear it, and he does not say. {p2_terms == "minutes": You asked for minutes. This is the shortest you have ever written.|{p2_terms == "later": Two days ago you would not hold the pen. You blot it.|You blot it, and it looks like very little for a day.}} # place: commission_rooms # discuss: p_minute_only #id:p.pday12.1f75
# clear
In the barrack Matvei is awake. {p2_list == "showed": "I had your sheet in my hands," he says. "Nice capitals. Half the 2nd has held them now."|"I heard it from the bunks," he says, "in pieces. Good pieces."} "Well, captain. Will Moscow answer?" # place: barrack_pavel # speaker: matvei #id:p.pday12.9781
// Echo: p_law (contract, read 31-42 and at 42: whether he walks out); p2_answer may be read from day 13 on.
* [They heard it in the law's own words. They must. #id:p.pday12.7e27]
    ~ p_law_up()
    ~ p2_answer = "law"
    "They heard it in their own language," you say. "Article by article, nothing they can call a riot. A request in the law's words has to be answered." Matvei is quiet so long you think he is asleep. "I hope you're right," he says. "I'd hate to see you find out." # speaker: matvei #id:p.pday12.3078
* [They heard it. Hearing costs them nothing. #id:p.pday12.408b]
    ~ p_law_down()
    ~ p2_answer = "doubt"
    "They heard it," you say. "Hearing costs them nothing. They heard us on the nineteenth too." Matvei props himself up. "Listen to him," he says to the dark. "One day at a desk and he talks like me." He does not sound pleased. He sounds, if anything, frightened for you. # speaker: matvei #id:p.pday12.697c
-
# clear
You lie in a barrack with no lock on its door. On the inside of your eyelids the eleven lines are still there, in order, in your own hand, with a thumbprint on the last. {p_table >= 1: Under them, a pencil moving in a notebook, and your own back standing straight.|Under them, an officer's eyes passing over a table with a clerk at its end.} # place: barrack_pavel #id:p.pday12.770e
-> p_day_13
