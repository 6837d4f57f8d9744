// Pavel, Act III "The republic", second half, "voices": p_day_22 to p_day_30 (writer p4).
// Brief: docs/briefs/pavel-arc.md §4 and crossings.md. Every knot here starts with p_.
// Text-only memory of these days: p4_* in story/variables.ink (block "p4").
// Contract variables set here: bond_matvei (23), p_table (24), p_law (25), p_hand (27),
// bond_antanas (29), bond_tarasov (30). Read in text: p_table, p_hand, p_wedding_paper.
// No crossing is tagged: the concert (c24) and evening prayers (c29) do not list Pavel; he hears
// of them, or stands at the back, untagged.

// ---------------------------------------------------------------- Sunday 6 June
=== p_day_22 ===
~ day = 22
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Sunday, 6 June. No one has worked for almost two weeks, but Sunday is still Sunday: the barrack smells of hoarded soap. Antanas went to the women's zone at first light. {bond_antanas >= 3:He woke you to say so, as if you were his father.|He went without a word, as married men do.} His bunk is made with a soldier's corners. # place: barrack_pavel #id:p.pday22.832f
-> desk

= desk
# clear
At the commission's rooms a paper waits under your ink bottle, {p2_terms == "any":left by Tarasov for the man who said he would write whatever was needed|{p2_terms == "minutes":left by Tarasov, who remembers your terms and has not called it an order|left by Tarasov, with no name at the foot}}: what the defences need. Adobe from the broken walls. Wire from the stores. Boards and paint for signs. # place: commission_rooms # note: defence_pickets #id:p.pday22.6e55
# clear
You copy it three times, for three lagpunkts{p_hand >= 1:, in the hand the whole zone has begun to know from leaflets|, in a hand no one outside this room has yet seen}. The third time your nib reaches "boards for signs" and stops, because you know which signs. CAUTION! MINED! There are no mines. The board is the weapon. An artillery officer should find that absurd. You find it elegant, and blot the page. #id:p.pday22.fdf0 // TR: Pavel was an artillery captain
-> grisha

= grisha
# clear
After noon Grisha Nechaev puts his head round the door, twenty years old and burnt brown from the picket. {p3_leaflet == "clean":"The leaflet hand," he says, the way other men say good morning. "Half the zone has one in its pocket."|"The ink brigade," he says, pleasantly, the way other men say good morning.} He holds out a page torn from a book, written over in licked pencil. # speaker: grisha #id:p.pday22.162a
# clear
"The rota for our barricade," he says. "Eleven men and the hours. The brigadier can't read my hand." {p1_list == "names":Eleven, like the list still in your cap lining.|{p1_list == "count":Eleven, like the number you kept in May when you tore the names off.|Eleven, like the list you fed to the stove in May.}} In his pencil they could be anyone. In your hand they would be these eleven, for as long as the paper lasts. # speaker: grisha #id:p.pday22.8dfb
* [Copy his rota out fair #id:p.pday22.2462]
    ~ p4_rota = true
    # clear
    Ten minutes: eleven names, the hours, the post by the guardhouse. Grisha reads it with his lips moving, folds it into his cap and salutes you, not entirely as a joke. "Now they're real," he says. On the blotter the names have come through faintly, backwards. You tear the sheet off and keep it. # place: commission_rooms #id:p.pday22.ca65
* [Tell him to print it himself #id:p.pday22.d83b]
    ~ p4_rota = false
    # clear
    "Print the letters one by one," you say, "like a schoolboy. It's your list. It should be your hand." Grisha looks at you a moment longer than he needs to. "The ink brigade is careful with its ink," he says, and goes. His licked pencil is still the only copy. # speaker: grisha #id:p.pday22.ffc5
- -> evening

= evening
~ time_of_day = "evening"
# clear
In the evening Antanas comes back with his collar mended and says nothing about it, which is how you know who mended it. {p3_noon == "rushnyk":He holds his shirt-tail flat between two fingers, the way you held the cloth, and grins until Matvei throws a boot at him.|He lies on his bunk and hums something Lithuanian, badly, until Matvei throws a boot at him.} # place: barrack_pavel #id:p.pday22.9d01
-> p_day_23

// ---------------------------------------------------------------- Monday 7 June
=== p_day_23 ===
~ day = 23
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Monday, 7 June. The loudspeakers beyond the wire start at six. Prisoners, return to work. The coal trains are standing at the station, unloaded. Then the gramophone record, then the same again. Out of habit you check the wording against yesterday's. It has not changed by a comma. # speaker: loudspeaker # note: authorities_loudspeakers # place: barrack_pavel #id:p.pday23.556f
-> bunk

= bunk
# clear
At dusk you come back from the desk to find Grisha at your bunk and Matvei Kholodov on it, boots off, feet on your blanket. Grisha has come for Matvei. The barricade at the guardhouse wants a man who knows how a position is dug, and Matvei dug them for two years. # speaker: grisha #id:p.pday23.3eed
# clear
{p4_rota:"The captain wrote us out fair," Grisha says, and taps his cap, where your eleven names are. "Even the ink brigade's joined." Matvei looks at you over his feet. "Has it," he says.|"The captain won't even copy a rota," Grisha says. "Fine. Ink's ink. But you, old man, you know a spade." Matvei looks at you over his feet, and almost smiles.} # speaker: grisha #id:p.pday23.fd4f
# clear
"I held a position in '42," Matvei says, "until there was nothing to hold it with. Afterwards the court gave me twenty-five years for the way it ended. Article 58, loyal to the last." {p_petition == "law":He still has the petition you wrote him in May, in the law's words. He uses it to roll cigarettes.|{p_petition == "refused":You refused to write him a petition in May. He has not mentioned it since, and does not now.|He wiggles his toes.}} "Now the boy wants me to hold another one." # speaker: matvei #id:p.pday23.c630
# clear
"Paper or pikes," Matvei says. "A cage with two doors, both locked from outside. Our clerk will tell us which door is the open one. He can read." Grisha waits. Matvei waits. {bond_matvei >= 3:Matvei is sure of your answer; you can see it.|Matvei does not expect much of you; you can see that too.} The whole row has gone quiet. # speaker: matvei # note: makeev_semkin #id:p.pday23.2451
* [Back Matvei: he has done his fighting #id:p.pday23.792a]
    ~ bond_up(bond_matvei)
    ~ p4_split = "matvei"
    # clear
    "He's done his fighting," you say. "He was paid for it in years. Leave him be." Grisha's jaw works. "Two captains," he says. "One writes, one sits." He goes. Matvei takes his feet off your blanket, which is, from him, a speech of thanks. # speaker: grisha #id:p.pday23.d794
* [Back Grisha: a position is held or lost #id:p.pday23.4abf]
    ~ bond_down(bond_matvei)
    ~ p4_split = "grisha"
    # clear
    "The boy's right," you say. "A position is held or it's lost. There's no third thing." Matvei puts his boots on slowly, one, then the other. "You said that in '42 too, I expect," he says. "Look where it got us." He goes to his own bunk and turns his face to the wall. # speaker: matvei #id:p.pday23.78e1
* [Say nothing; write the date #id:p.pday23.c42f]
    ~ p4_split = "none"
    # clear
    You take out your notebook and write the date, 7 June, and under it nothing. "The clerk abstains," Matvei announces to the row, and someone laughs. Grisha doesn't. "That's a side too, captain," he says at the door. "Ask anyone on a picket." # speaker: grisha #id:p.pday23.5ec8
- -> night

= night
~ time_of_day = "night"
# clear
{ p4_split:
- "matvei": After lights-out Matvei passes you half a cigarette along the bunk rail without a word. Across the aisle, Grisha's bunk stays empty till the change of pickets. #id:p.pday23.d45a
- "grisha": After lights-out you hear Grisha come in from the picket and stop by your bunk, as if to say something. He doesn't. From Matvei's end of the row, nothing at all. #id:p.pday23.b821
- else: After lights-out the row talks about you in the dark. A clerk who won't say is saving it for the minutes, someone says. You lie still and are not asleep. #id:p.pday23.6631
}
-> p_day_24

// ---------------------------------------------------------------- Tuesday 8 June
=== p_day_24 ===
~ day = 24
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Tuesday, 8 June. Over your lagpunkt pigeons go up, circle twice, and turn for the settlement. Under each wing a leaflet asks whoever finds it to pass it to the Central Committee. {p_hand >= 1:You know the size exactly: you cut forty to it with a ruler, and wrote ten of them.|You know the size exactly: you have seen them cut with a ruler, in the next room.} # place: lagpunkt_2 # note: kites_leaflets #id:p.pday24.4003
-> meeting

= meeting
# clear
At four there is a meeting in the dining hall, before the concert: Tarasov will tell the lagpunkt where the talks stand. The commission holds to one demand above the rest: a member of the Presidium, here, in person. # place: dining_hall_2 # note: may27_demands #id:p.pday24.048a
# clear
Tarasov wants the dates read out: what the commission sent, when, and to whom. "You have them in your head," he says. "Sit at the end of the table with the book. People believe a man with a book." {bond_tarasov >= 3:He asks it as a favour between friends.|He asks it as the secretary.} #id:p.pday24.22be // TR: Tarasov is the commission's secretary (fiction)
# clear
The table stands on the low stage, under the window. From it you would see every face in the hall. Every face in the hall would see yours. {p_table >= 1:You have sat at this end of a table before, in May. Before that, on the other side of one, when a court read you twenty-five years.|You have sat at a table like it only once, on the other side, the day a court read you your twenty-five years.} #id:p.pday24.f46c
* [Sit at the table with the book #id:p.pday24.1768]
    ~ p_table_up()
    ~ p4_table24 = true
    # clear
    You sit at the end of the table. When Tarasov looks at you, you read the dates: letters sent, letters answered, letters not answered. Your voice is the one you used for firing data. The hall goes quiet, as halls do for figures. At the back someone writes down what you say. You hope it is one of ours. # place: dining_hall_2 #id:p.pday24.687e
* [Give Tarasov the book; stand in the crowd #id:p.pday24.62ac]
    ~ p4_table24 = false
    # clear
    You give Tarasov the book with the dates marked in pencil and stand at the back by the door. He reads them well enough. Twice he gets a date wrong, and twice your lips move to correct him, and twice you say nothing, a face among hundreds. # place: dining_hall_2 #id:p.pday24.43d6
- -> concert

= concert
~ time_of_day = "evening"
# clear
Afterwards the tables are pushed back for the concert, men and women on the same benches. {p4_table24:You climb down from the stage with the book under your arm and go to the back, by the door,|You stay where you are, at the back, by the door,} where the technical men have run a wire so that the loudspeakers carry the hall to every barrack. # place: dining_hall_2 # note: cafe_culture #id:p.pday24.94f6
# clear
{ p4_split:
- "matvei": Matvei stands beside you, arms folded, pretending to be there by accident. At the door Grisha's picket passes and does not come in. #id:p.pday24.16b7
- "grisha": Grisha stands beside you in his picket's armband, and gives you his place on the bench when a woman needs it more. Matvei is nowhere. #id:p.pday24.1148
- else: Matvei is on one bench, Grisha by the far wall. Neither looks at the other. You stand between them, at the back, which is about right. #id:p.pday24.a3f6
}
# clear
A Russian recites Pushkin and forgets a line; half the hall gives it back to him. Then the choir, and the new song written in the zone, the one about not being slaves. By the refrain the hall is on its feet. {p4_table24:A woman on the end of a bench turns and knows you: the man with the book.|Nobody turns. You stand because everyone stands.} # note: cafe_culture #id:p.pday24.4fea
-> p_day_25

// ---------------------------------------------------------------- Wednesday 9 June
=== p_day_25 ===
~ day = 25
~ time_of_day = "day"
~ weather = "dust"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = false
# clear
Wednesday, 9 June. The loudspeakers beyond the wire have something new, read slowly, twice. An order of the Gulag: the Kengir division is to be disbanded. Unless the prisoners return to work by the deadline, everyone will be shipped to Magadan. Men and women. Everyone. # speaker: loudspeaker # note: authorities_loudspeakers # place: barrack_pavel # document: gulag_order #id:p.pday25.953b
# clear
The second time, you take it down in pencil on the back of a requisition form, word for word, as you once took down firing orders over a bad telephone. It is the habit of a man who has learned that what is said and what is remembered are two different documents. # note: p_magadan_order #id:p.pday25.568f
-> barrack

= barrack
# clear
By noon the barrack has made the order into six orders. One says tomorrow. One says only the men. One says ships are already waiting at the river. {p4_split == "grisha":Matvei, at the far end, says to no one that Magadan is only a word, and the word is doing its job.|Matvei says Magadan is only a word, and the word is doing its job: it is going round the barrack like a draught.} # speaker: matvei #id:p.pday25.d341
# clear
The barrack's senior comes to your bunk. The commission wants every barrack to hear the order as it was said, once, calmly, so that rumours have nothing to feed on. {p4_table24:"You read the dates yesterday," he says. "They know your voice. Read them this."|"You wrote it down," he says. "You're the one with the paper. Read it out."} # discuss: p_order_text #id:p.pday25.be0c
# clear
Your pencil text has no number, no date, no signature that you heard: an order with no body, only a voice. You know how a real order is made. You also know what happens to men who treat a real order as if it were only a voice. {p_law >= 2:You still believe a law can be held to its word.|You no longer know what a law's word is worth, or to whom.} The barrack is waiting. #id:p.pday25.4af5
* [Read it exactly as they said it # history: p_read_order #id:p.pday25.a413]
    ~ p4_read = "straight"
    # clear
    You stand at the stove and read it through once, in their words, at their speed, and fold the paper. No one speaks. Then a Latvian at the far end asks, "And the deadline? What day?" You look at the paper again. They never said. # place: barrack_pavel #id:p.pday25.37fc
* [Read it, then say what the law says # history: p_read_order #id:p.pday25.2581]
    ~ p_law_up()
    ~ p4_read = "comment"
    # clear
    You read it through in their words. Then you say: an order of an administration is not a sentence. A transfer is not a trial. What you heard had no number and no date. "We asked for Soviet laws," you say. "Here is what their laws sound like. Write down what they cannot say." # place: barrack_pavel # note: may27_demands #id:p.pday25.9d7e
* [Refuse to be their loudspeaker # history: p_read_order #id:p.pday25.92d1]
    ~ p_law_down()
    ~ p4_read = "refused"
    # clear
    "They have a loudspeaker," you say. "They don't need my mouth." You fold the paper and put it in your pocket. The senior stands there a moment, then reads it himself from memory, worse, with two threats in it that they never made. You do not correct him. # place: barrack_pavel #id:p.pday25.dfeb
- -> after

= after
~ time_of_day = "evening"
# clear
{ p4_read:
- "straight": In the evening men come to your bunk one by one to hear it again, from the paper, as if it might have changed. You read it eleven times. By the eleventh it is only words, which may be what they wanted. #id:p.pday25.0426
- "comment": In the evening two men come to your bunk to ask what else the law says, and one to tell you quietly that you will be remembered for that speech, and not only by us. You thank him for both. #id:p.pday25.d458
- else: In the evening the version going round has four threats in it and a date, the fifteenth, that nobody said. Your pencil copy is the only true one in the barrack, and it is in your pocket. #id:p.pday25.e16d
}
-> p_day_26

// ---------------------------------------------------------------- Thursday 10 June
=== p_day_26 ===
~ day = 26
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Thursday, 10 June. Nearly four weeks since the men went over the walls. Today's scene is about hunger. You can read the scene, or a short summary. # cn: hunger #id:p.pday26.f07c
* [Read the scene #id:p.pday26.cdc0]
    -> cut
* [Read a short summary instead #id:p.pday26.f2c3]
    -> cut_summary

= cut
# clear
At the hatch the piece is smaller. Nobody has to be told; the hand knows before the eye. {p2_tally == "padded":In May you wrote a hundred and two so that a brigade would eat. Nobody can pad this sheet.|In May you wrote sixty-three and told the barrack why the bread was short. This time nobody tells anyone.} # place: bakery # note: rations_hunger #id:p.pday26.b996
# clear
At the desk you go through the folder where every paper that crosses your table is entered: number, date, from whom. Defences. Broadcasts. Leaflets. Nothing about bread. Whoever decided it sent no paper you were given to copy. {p4_rota:Grisha's rota went through your hands. The bread did not.|Even Grisha's rota would have crossed this board, if you had let it. The bread did not.} # place: commission_rooms #id:p.pday26.4658
# clear
The only account of this day that historians will read is an MVD act, written after it is all over. It says that the prisoners' commission cut everyone to five hundred grams of bread from today, and that the stores were full. You never see the commission's paper, if there was one. You feel the cut under your belt. # discuss: bread_cut_500 #id:p.pday26.9b6b
# clear
{ p4_read:
- "straight": In the barrack a man says the Magadan order and the short bread came a day apart, as if from one hand. You read him yesterday's pencil text again. It says nothing about bread. He is not comforted. #id:p.pday26.6b4b
- "comment": "Your law, captain," Matvei says at the hatch, holding up his piece. "Five hundred grams of it. Write that down." He eats it in four bites, and watches you eat yours. #id:p.pday26.0f8b
- else: "The clerk wouldn't read their order," someone says at the hatch, "so now the bread reads it to us." People laugh, the short way. You eat your piece standing up. #id:p.pday26.b239
}
-> evening

= cut_summary
# clear
(Summary.) From 10 June, by the MVD's account, the prisoners' commission cut everyone's bread to 500 grams a day; the same act claims the stores were full. No paper about it crosses your desk, and the record keeps none from the commission. You get the same piece as everyone, and by evening you feel it. # note: rations_hunger # discuss: bread_cut_500 #id:p.pday26.7e24
-> evening

= evening
~ time_of_day = "evening"
// The short bread costs everyone the same (as on Halyna's and Jonas's day 26); no choice touches it.
~ health_down(1)
# clear
In the evening your nib wanders. Twice you write a word and find another one under it: bread for bred, fed for led. {p1_book:On the sheet in your cap lining you enter the day as always: 10 June, 500. The figures come out straight; the letters do not.|You put the pen down, wipe it, lay it in the groove of the board as your father laid his razor.} Hunger, you note, begins in the handwriting. # place: commission_rooms #id:p.pday26.17dc
-> p_day_27

// ---------------------------------------------------------------- Friday 11 June
=== p_day_27 ===
~ day = 27
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Friday, 11 June. The Magadan deadline has come and gone, whichever day it was. No trains, no ships. The loudspeakers beyond the wire have moved on: now they tell the settlement that the zone is run by bandits, and that the women in it need protecting from them. # speaker: loudspeaker # note: authorities_loudspeakers # place: commission_rooms #id:p.pday27.3bc1
# clear
Tarasov puts a clean sheet in front of you. "'Crocodile tears,'" he says. "Tonight. The bosses weeping for the women they used to beat. Four minutes. Make it dry. You're good at dry." {p2_terms == "any":"You said whatever the commission needs," he adds. "It needs this."|{p2_terms == "minutes":"Not an order, not a list," he adds. "Your terms."|"You said not yet, in May," he adds. "It's June."}} # note: loudspeakers_radio # note: p_radio_scripts # speaker: tarasov #id:p.pday27.ef4e
# clear
You write it in an hour: the guards' new tenderness, quoted back to them in their own phrases, {p_hearsay == "said":exact, like the deputy minister's question in your book|{p_hearsay == "reported":each with who said it, like the deputy minister's question|only what you heard yourself, nothing reported}}. One sentence you are proud of. Citizens of the guard, who until May beat women unlawfully, now weep for their honour over the loudspeakers. The word "unlawfully" carries the whole sentence, like a keystone. # note: p_yegorov_question #id:p.pday27.7383
-> radio

= radio
# clear
The radio room is a corner with a blanket nailed over the window and a microphone on a stool. Before the programme the news goes out in the voice the whole zone knows: Slava Yarimovskaya's, reading the day's items. Then she gives the stool to Tamara Lesnaya. # place: radio_room # note: loudspeakers_radio #id:p.pday27.5876
# clear
{p4_read == "refused":"You're the one who wouldn't read their order," Tamara says. "Good. Read ours."|{p4_table24:"The man with the book," Tamara says. "I was at the back on Tuesday."|"So you're the dry one," Tamara says.}} She reads your page through once, fast, the way actors do, and takes a pencil from behind her ear. # speaker: tamara #id:p.pday27.9b74
# clear
She strikes out one word. "Unlawfully." She hands it back. "Is there a lawful way to beat a woman? You make it sound like a clerical error." Through the blanket you hear the record beyond the wire start up again. Two minutes to air. # speaker: tamara #id:p.pday27.7ce2
* [Let it go: she will say it well # history: p_crocodile_word #id:p.pday27.5708]
    ~ p4_word = "let_go"
    # clear
    You look at the line without the word. It is a better line and a worse argument. "Let it go," you say. Tamara nods as if you had passed something. The red lamp over the door comes on; she leans to the microphone, and your sentence goes out without its keystone. # place: radio_room #id:p.pday27.8240
* [Insist on your word, and initial the page # history: p_crocodile_word #id:p.pday27.d54c]
    ~ p_hand_up()
    ~ p4_word = "insisted"
    # clear
    "The word stays," you say. "We are for Soviet laws. That is the whole point of us." You write it back in over her line, and at the foot, P. L., so the radio's file will know whose word it is. Tamara shrugs. "Your page," she says, "your name." The red lamp comes on. # place: radio_room # note: may27_demands #id:p.pday27.bc18
- -> heard

= heard
~ time_of_day = "evening"
# clear
You go out to the pole behind the dining hall to hear it as the barracks hear it. Tamara's voice through a horn sounds older and kinder than in the room. {p4_word == "insisted":"Unlawfully," she says, and leans on it, slightly, so that only you would know.|The sentence comes without its word, and the men under the pole laugh at exactly that place.} # place: loudspeaker_pole #id:p.pday27.3d91
# clear
{p4_word == "insisted":Afterwards the page goes into the radio's folder, your initials at its foot. Paper outlives voices; that is why you like it. It occurs to you that it is also why they will.|Afterwards the page goes into the radio room's folder with Tamara's pencil line through your word, and no initials. Walking back, you feel the word's absence like a missing tooth.} #id:p.pday27.3c72
-> p_day_28

// ---------------------------------------------------------------- Saturday 12 June
=== p_day_28 ===
~ day = 28
~ time_of_day = "day"
~ weather = "clear"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Saturday, 12 June. A day with no voices in it. Tarasov leaves papers and goes; nobody speaks to you from morning to dark. {p4_word == "insisted":Tamara passes the window once, and raises two fingers: P. L.|Tamara passes the window once, and does not look in.} You copy. At the end of the day, out of habit, you enter what passed through your hands. # place: commission_rooms #id:p.pday28.38c9
# clear
The wall newspaper, four copies, the caricature traced by someone else. #id:p.pday28.17ea
The schedule of tomorrow's broadcasts, twice. #id:p.pday28.a3db
{p3_leaflet == "clean":A leaflet for the propaganda service, forty times, in the hand Tarasov said looks printed.|A leaflet for the propaganda service, forty times, in square capitals that are nobody's.} # note: kites_leaflets #id:p.pday28.24e3
# clear
{p4_rota:Grisha's rota, amended: two names struck, two added, brought by Grisha himself. He does not call you anything.|Grisha's rota: not yours. You pass it pinned on the picket's door, still in his licked pencil, two names struck.} #id:p.pday28.5467
{ p4_split:
- "matvei": A note from Matvei, left on your board: the Criminal Code's definition of a clerk. There isn't one. He has written one. #id:p.pday28.8d52
- "grisha": Nothing from Matvei. He has taken his dinner to the other end of the row for four days now. #id:p.pday28.1808
- else: A note from Matvei, left on your board: ABSTAINED, 7 JUNE, with your own ruler line under it. #id:p.pday28.a45f
}
# clear
Your ration, entered at the bottom as if it were a paper: received, one piece. At dusk you notice that you have written nothing all day in your own words. It is restful. It is also, you suspect, what a clerk is. #id:p.pday28.8752
-> night

= night
~ time_of_day = "night"
# clear
After midnight Tarasov sends you to the radio room with the text for the soldiers: do not shoot at us, do not come into the zone. The broadcast must go out between the records. Tamara's voice is gone for the night; yours is the one that is awake. {p4_read == "refused":You, who would not be their loudspeaker, are to be ours.|You have read to a barrack; now you read to towers.} # place: radio_room # note: loudspeakers_radio #id:p.pday28.4fef
# clear
Outside the blanket the gramophone beyond the wire plays its one record to drown you, side one, again. You wait with the technical man for the silence between. # note: authorities_loudspeakers #id:p.pday28.6c11
# clear
In the silence the technical man nods, and you read it, twice, slowly, to the towers. Then the march again. {p4_word == "insisted":On the stool lies the radio's folder. Your P. L. looks up at you from the top page, very neat, very legible.|On the stool lies the radio's folder, Tamara's pencil line on the top page. Tonight no name is on what you read.} # place: loudspeaker_pole #id:p.pday28.4eac
-> p_day_29

// ---------------------------------------------------------------- Sunday 13 June
=== p_day_29 ===
~ day = 29
~ time_of_day = "evening"
~ weather = "wind"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Sunday, 13 June. The wind brings the sand in under the door and into the inkwell. Antanas comes back from evening prayers in the women's zone with grit in his eyebrows and the face of a man who has been given something. # place: barrack_pavel #id:p.pday29.829f
# clear
"The priest stopped in the middle of the Our Father," he says, "at the bread. He waited for someone to laugh. Nobody did." He sits on your bunk as if he owned half of it. Then, because he cannot help it, he tells you about Motria. # speaker: antanas # note: weddings_faith #id:p.pday29.5cf4
# clear
She mended his collar. She has a corner of her barrack curtained with a grey blanket. She says his Russian is worse than her Russian, which is not true. She laughs at the way he says her name. {p_wedding_paper:He takes out the paper you wrote them, soft as cloth now from his shirt, and shows it to you as if you had never seen it.|He takes out a spoon with two letters scratched on the handle, A and M. "No one wrote it down," he says. "So I scratched it."} # speaker: antanas #id:p.pday29.1ae1
# clear
"Next Sunday," he says, "come and eat with us. Whatever there is. She wants to see the man who sits next to her husband." He says husband carefully, like a word in a new language. {p_table >= 2:You think of your face at the table, twice now, and of whose corner it would be seen in.|You think of how little you have to bring, and how much a guest eats.} #id:p.pday29.a29d
* [Say yes: next Sunday, with them #id:p.pday29.8e1a]
    ~ bond_up(bond_antanas)
    ~ p4_sunday = true
    # clear
    "Next Sunday," you say. Antanas grips your hand, hard, as if you had agreed to something more difficult than supper. He writes it on the wall above his bunk, with a nail: 20 VI. It is the first date anyone in this barrack has written about the future. # speaker: antanas #id:p.pday29.0c43
* [Say no: better they are not seen with you #id:p.pday29.bc09]
    ~ p4_sunday = false
    # clear
    "Better not," you say. "A clerk's friends end up in the clerk's papers." Antanas looks at you a long moment. "You think like a prisoner," he says, without anger. "I'm trying to think like a husband." He puts the {p_wedding_paper:paper|spoon} away. # speaker: antanas #id:p.pday29.0c89
- -> late

= late
~ time_of_day = "night"
# clear
{p4_sunday:Long after lights-out Antanas is still awake, whispering Russian words into the dark: bread, salt, guest, welcome. Practising. You correct his stress on welcome once, and then let him have it his way.|Long after lights-out Antanas is asleep, one arm over his eyes, and smiling, which seems unfair. You lie awake composing the paper you would write, if you were a man who could go to supper.} #id:p.pday29.01e6
-> p_day_30

// ---------------------------------------------------------------- Monday 14 June
=== p_day_30 ===
~ day = 30
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ kites = true
~ hunger = true
# clear
Monday, 14 June. A month since the film in the dining hall. The day has no news in it, and you write that down too. In the afternoon Tarasov comes in with the week's minutes under his arm. {p4_split == "grisha":On the way you passed Matvei, who looked through you.|{p4_split == "matvei":On the way Matvei gave you the time of day, which from him is a bouquet.|On the way Matvei asked whether the clerk was still abstaining.}} # place: commission_rooms #id:p.pday30.a630
# clear
He looks ill. Most people do now. He drops into the other chair and says, without preface, that he used to teach geography in Kostroma, and that he marked his pupils' maps in red, and that he has been thinking about red ink. {bond_tarasov >= 3:He has never told you anything about himself before.|It is more than he has said to you in a month.} # speaker: tarasov #id:p.pday30.1bfd
# clear
{ p4_read:
- "comment": "I heard about your speech in the barrack," he says. "Orders and sentences. You were right, and you said it aloud, and now a whole barrack can repeat who said it." # speaker: tarasov #id:p.pday30.2409
- "refused": "I heard you wouldn't read their order," he says. "The senior read it instead, with threats they never made. Sometimes the clerk should take the paper." # speaker: tarasov #id:p.pday30.8dd3
- else: "I heard you read their order straight," he says. "Good. Their words, their speed. Nobody can say you added anything." # speaker: tarasov #id:p.pday30.0a79
}
-> minutes

= minutes
# clear
He pushes the minutes across the board. You see it at once. Where last week's drafts said who proposed what, these say only: it was proposed. It was objected. It was decided. Nobody, in his draft, has a name any more except the commission. # place: commission_rooms #id:p.pday30.b939
# clear
"When they come," Tarasov says, "and they'll come, this book is a list. I'd rather it was a book." He means it kindly. He also means you to copy it fair, his way, in your hand. Minutes without names, you think, are a record of a meeting that no one attended. # speaker: tarasov # discuss: p_minutes_no_names #id:p.pday30.29d4
* [Copy it his way: "it was proposed" #id:p.pday30.d138]
    ~ bond_up(bond_tarasov)
    ~ p4_minutes = "proposed"
    # clear
    You copy it his way. It was proposed. It was decided. Your hand, which was trained to write who gave the order and at what hour, writes nobody, very neatly, for three pages. Tarasov watches the first page over your shoulder and then, for the first time, leaves you alone with the book. # place: commission_rooms #id:p.pday30.03f4
* [Keep the names: a minute says who #id:p.pday30.d9ac]
    ~ p4_minutes = "names"
    # clear
    "A minute says who," you say. "Otherwise it's a rumour with a date on it." Tarasov takes his draft back. "Then keep the names," he says, "and keep them somewhere I don't know." He goes out. He does not slam the door; he closes it very carefully, which is worse. # speaker: tarasov #id:p.pday30.d5f8
- -> dusk

= dusk
~ time_of_day = "evening"
# clear
{p4_word == "insisted":You think of Tamara's pencil, and of your initials on a page in the radio's folder. You would not let her take one word out. {p4_minutes == "proposed":Today you took out every name in a book.|Today you kept every name in a book.} You are not sure the two are the same man.|You think of Tamara's pencil, and the word you let her take. {p4_minutes == "proposed":Today you took out every name in a book, and it was easier.|Today you would not let Tarasov take out one name, and it was harder.}} # place: commission_rooms #id:p.pday30.3c17
# clear
{p4_sunday:Walking back, you pass the women's zone and look for a grey blanket in a window. Next Sunday: six days. It is the first count you have made forwards in a month.|Walking back, you pass the women's zone and do not look for a grey blanket in a window. The barrack is quiet. Antanas has scratched nothing on the wall.} # place: lagpunkt_2 #id:p.pday30.bdd0
-> p_day_31
