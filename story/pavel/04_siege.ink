// Pavel, Act IV "The siege": p_day_31 to p_day_41 (15-25 June 1954). Writer p5.
// Brief: docs/briefs/pavel-arc.md §4 and crossings.md C3b. Every knot here starts with p_.
// History: fact base §3.2 (15-25 June), §5.1, §5.3, §5.6, §6; addendum §5, §14; addendum-2 §1.5.
// The prisoners do not know that tanks are coming: the troop train (15 June), the act ordering the
// assault (24 or 25 June) and the decorations (25 June) live in notes, never in Pavel's knowledge.
// A countdown (bible §10): each day costs something and a thread from earlier comes due:
//   31 bond_matvei (text); the last ordinary entry (p5_savva)
//   32 p_table (table or bench); Grisha's "ink brigade"
//   33 p_hearsay (the general's question, again) -> p5_rumour
//   34 p_hand (Tamara knows his hand); p5_rumour at the microphone (a night in three beats, no choice)
//   35 p_petition, p5_table (Matvei); p_names, bond_matvei, p_law (the brigade list); Kuznetsov's broadcast
//   36 health; p5_word (hungry or starving)
//   37 p5_matvei, p5_word; the bread (p5_bread, health)
//   38 p5_word, p5_capitals (crossing c3b); p_hand
//   39 p5_matvei, p5_savva (Grisha's list) -> p_names, p5_grisha
//   40 bond_tarasov (S), p5_savva, p5_rumour, p5_capitals, p_names -> p_kept, bond_tarasov
//   41 p_kept (S), p5_bread, p5_grisha, p_wedding_paper, p_hearsay -> bond_antanas, p5_address
// Globals changed (at most one choice point a day changes globals; two globals an option at most):
//   32  p_table_up() (the table)
//   35  bond_up(bond_matvei) + p_law_down() | bond_up(bond_matvei) + p_names_up() | bond_down(bond_matvei) + p_names_up()
//   36  health_down(1) on every path (after the first line)
//   37  health_down(1) if he refuses the bread
//   38  p_hand_up() if the script goes out in his own hand
//   39  p_names_up() if he copies names
//   40  p_kept + bond_up/bond_down(bond_tarasov)
//   41  bond_up(bond_antanas)
// Structural: day 40 on bond_tarasov (<=2 asks him to burn | >=3 asks him to hide one copy);
// day 41 on p_kept in text only. Everything else is text.
// Fiction, labelled reconstruction in the notes: Tarasov, Matvei, Antanas, Tamara, Grisha, Savva
// Pankratov, the minutes, the brigade lists, the meeting of 16 June, every scene. Real people: only
// Kuznetsov's broadcast (19 June), reported, never quoted.

// ---------------------------------------------------------------- Tuesday 15 June
=== p_day_31 ===
~ day = 31
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ hunger = true
~ tanks = "none"
# clear
# place: barrack_pavel
Tuesday, 15 June. You wake before the heat and lie still, counting. The thirty-first day since the lamps went out at the film. Nineteen since the demands were read. {p1_book:The sheet in your cap lining has a stroke for each of them.|You have never written them down; you count them as you once counted shells.} Counting is what a head does when it is left alone. #id:p.pday31.2cba
# clear
Matvei is already up, shaving by feel with a blade the size of a fingernail. "Good morning, citizen clerk," he says. "What shall we legislate today?" {bond_matvei >= 3:He says it the way he says everything to you now: a joke you are both inside.|He says it the way he has said it since May, with the edge turned outward.} # speaker: matvei #id:p.pday31.61c6
# clear
# place: commission_rooms
At the board on trestles you open the minute-book to a clean page and write the date in the corner. Tarasov brings the day's business on scraps: a quarrel over a water bucket, soap for the laundry, the bathhouse rota. {p4_minutes == "names":Each entry keeps its names, as you insisted yesterday. Tarasov reads them and says nothing.|Each entry says "it was proposed", his way since yesterday: in this book nobody proposes anything by name.} #id:p.pday31.7f73
# clear
Towards noon Savva Pankratov, the stove-maker, stands in the door. The pickets have taken the boards of his bunk for the barricade; he sleeps on the floor. He does not want them back. "Let it be on record that they were mine," he says. "With my name. {p3_minutes == "roles":They say your book has offices in it, not men. I'm no office.|They say your book keeps names. Keep mine.} I have been a number for eleven years." #id:p.pday31.846d
* [Enter it with his name, as he asks # place: commission_rooms #id:p.pday31.33f4]
    // echo: p5_savva, read on days 39 and 40 (what the last ordinary entry says)
    ~ p5_savva = "name"
    # clear
    You write: "Pankratov, S., 2nd lagpunkt: the boards of his bunk taken for the defences. Asks that it be recorded." He reads it upside down, his lips moving, and nods once, as if a court had found for him. #id:p.pday31.9ff5
* [Write "a prisoner of the 2nd" # place: commission_rooms #id:p.pday31.0f13]
    ~ p5_savva = "prisoner"
    # clear
    You write: "A prisoner of the 2nd lagpunkt: bunk boards taken for the defences." He reads it upside down. "A prisoner," he says. "That I knew already." He goes. You let the line stand. A name in a book lasts longer than the man who asked for it; you have reason to know. #id:p.pday31.e5f1
-
# clear
In the evening you rule a line under the day, as you have every day since the commission began. Tarasov initials it. {p5_savva == "name":"Pankratov will sleep better," he says. "On the floor, but better."|"The old man won't thank you," he says. "Neither would I."} Then: "A quiet day. Write that." You write it: A quiet day. #id:p.pday31.109f
# clear
# note: june15_tanks
# discuss: what_they_knew
Far away, this same day, a minister has sent a telegram to the general outside your gate. Someone typed it; someone filed it. No one in the zone will read it. It says nothing about soap. #id:p.pday31.b3a4
-> p_day_32

// ---------------------------------------------------------------- Wednesday 16 June
=== p_day_32 ===
~ day = 32
~ time_of_day = "day"
~ weather = "heat"
~ kites = false
~ hunger = true
# clear
# place: commission_rooms
Wednesday, 16 June. {p5_savva == "name":On your way out Pankratov stops you to ask whether it is still written. It is. He nods, and goes to lie down on his floor.|Pankratov does not look up from his floor when you pass his end of the barrack.} In the cupboard, for the minutes and the scripts, you count forty-one sheets of paper. The kite-makers have had the rest. #id:p.pday32.21f9
# clear
# place: dining_hall_2
In the afternoon the 2nd lagpunkt meets in its dining hall: the rota for the nights, the rule about the wire after dark, and that the demand still stands. Tarasov will read. "And the clerk at the table with the book," he says. "People like to see a thing written down." # speaker: tarasov #id:p.pday32.563c
# clear
{p_table >= 1:You have sat facing a hall before. You know how it looks from there: a field of faces, every one turned towards whatever is on the table, which is you.|You have always been in the hall, never facing it. From the benches a table looks small. You suspect it looks large from behind.} The benches fill. Men stand along the walls. #id:p.pday32.64ac
* [Sit at the table with the book # place: dining_hall_2 #id:p.pday32.17ad]
    // echo: p_table (day 42: the photographs at the meetings); p5_table, read by Matvei on day 35
    ~ p_table_up()
    ~ p5_table = true
    # clear
    You sit at the end of the table with the book open and the pen in your hand. From the back Grisha calls, "The ink brigade has a table now!" The hall laughs. You do not write that down. You write what Tarasov reads, and the questions that come back. # speaker: grisha #id:p.pday32.132e
* [Take the book to the bench by the door # place: dining_hall_2 #id:p.pday32.5c42]
    ~ p5_table = false
    # clear
    You sit on the bench by the door with the book on your knees. From here you see the backs of heads, and Tarasov alone at the table. When a man shouts a question you write it down, and no one turns round to see who is writing. #id:p.pday32.554f
-
# clear
{p5_table:From the table you see his face:|From the door you see only his back:} a man near the front stands up. "And if they come in?" The hall goes quiet enough to hear the flies. Tarasov says, "Then we will still be here, and the demand will still stand." Men clap. You write: Question: if they come in. Answer: the demand stands. #id:p.pday32.0cc5
# clear
The minute is correct. It leaves out the quiet before the answer. {p5_table:A hundred faces watched you write it down, and you wrote down none of them.|From the door you heard the quiet better than anyone, and wrote none of it down.} The book has no column for a silence. #id:p.pday32.ab81
-> p_day_33

// ---------------------------------------------------------------- Thursday 17 June
=== p_day_33 ===
~ day = 33
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: commission_rooms
Thursday, 17 June. Wind, and grit on the page however you shield it. At noon Grisha comes in from the pickets with news all over his face. {p5_table:"Clerk at the table," he says, with a little bow.|"Clerk by the door," he says. "Shut it."} A driver told a picket. The picket told Grisha. Grisha tells you. #id:p.pday33.83a3
# clear
# note: sympathy_strike
"The neighbours have stopped work," he says. "Another division, near Dzhezkazgan. For us." He looks at the book, then at you. "Put it in, clerk. Then it's true." Tarasov, at the window, says nothing. He is waiting to see what you do. # speaker: grisha #id:p.pday33.e46b
# clear
{
- p_hearsay == "said": You did this once before. On 31 May you wrote a story about a general into this book as said, on Tarasov's word. It is still there, in your hand, as solid as the soap and the water bucket. #id:p.pday33.310a
- p_hearsay == "reported": You did this once before. On 31 May you wrote a story about a general into this book as reported, with whose word it was. It sits there still, honest and a little lame. #id:p.pday33.e4e8
- p_hearsay == "left_out": You did this once before. On 31 May you kept a story about a general out of this book. No one has ever asked after it. You cannot tell whether that proves you right. #id:p.pday33.21cc
- else: A minute records what was done and said in this room. This was neither. It was said on a picket by a man who heard it from a man. #id:p.pday33.0a31
}
* [Enter it as news: the neighbours have struck #id:p.pday33.5dd1]
    // echo: p5_rumour, read on day 34 (Tamara at the microphone) and day 40 (the minutes)
    ~ p5_rumour = "fact"
    # clear
    You write: "News: a neighbouring division has stopped work in support." Grisha reads it over your shoulder, slowly, and grins as if you had handed him bread. "There," he says. "Now it's in the book." He goes out to tell the pickets it is in the book. #id:p.pday33.04d5
* [Enter it as reported, and by whom #id:p.pday33.71bf]
    ~ p5_rumour = "reported"
    # clear
    You write: "Reported by a picket, from a driver: a neighbouring division has stopped work in support. Not confirmed." Grisha reads it. "Not confirmed," he says. "You'd put 'not confirmed' on the Second Coming." But he does not ask you to cross it out. #id:p.pday33.2c61
* [Leave it out of the minutes #id:p.pday33.645d]
    ~ p5_rumour = "out"
    # clear
    You do not write it. "When there is a paper," you say, "I'll copy the paper." Grisha stares at you. "The ink brigade," he says, "doesn't believe a thing till it's dead and filed." He goes out. The wind slams the door behind him. #id:p.pday33.715b
-
# clear
# discuss: p_minute_a_rumour
By evening the rumour is all over the 2nd lagpunkt. It has grown in the heat: one division, then two. {p5_rumour == "fact":At the water tank a man says, "It's in the book," as if that settled it.|{p5_rumour == "reported":At the water tank nobody says "not confirmed".|It grew without any help from you.}} #id:p.pday33.15e8
-> p_day_34

// ---------------------------------------------------------------- Friday 18 June
=== p_day_34 ===
~ day = 34
~ time_of_day = "night"
~ weather = "clear"
~ hunger = true
# clear
# place: radio_room
Friday, 18 June, night. You take Tamara the evening's news to read: the rota, a notice about boiled water, the commission's greeting to the women's zone. Tamara reads by the lamp with a wet cloth on her neck. #id:p.pday34.3576
# clear
She holds your page to the light. {p_hand >= 2:"Your hand again," she says. "I'd know it in the dark. So would anyone who's seen a leaflet."|"You write like a schoolmistress," she says. "I could read this asleep."} Then: "The strike at the neighbours. Is it in the minutes?" Half the zone has asked her. She was waiting for the book. # speaker: tamara #id:p.pday34.9251
# clear
{
- p5_rumour == "fact": "It's in," you say. Tamara nods and reads it out at the end of the news, plainly, as news. Through the wall you hear the barracks take it: a roar, then singing, ragged, in three languages. You put it there. #id:p.pday34.5c3a
- p5_rumour == "reported": "As reported," you say. "Not confirmed." Tamara reads it that way, word for word, "not confirmed" and all. Through the wall the barracks cheer anyway. Nobody hears the last two words. You would not have heard them either. #id:p.pday34.14fa
- else: "It isn't in," you say. Tamara folds the page and leaves it out. Through the wall, a minute later, you hear a man in the nearest barrack shout it anyway, and then the barrack cheering. The news has gone out without the book. #id:p.pday34.6fee
}
# clear
# place: lagpunkt_2
# note: authorities_loudspeakers
After midnight, beyond the wire, the authorities' loudspeakers start: the worn record, then a voice telling you to go back to work. The passive voice. No signature. {p5_rumour == "out":Nothing about the neighbours. Nothing in your book either. For once you and they agree.|Nothing about the neighbours. In your book it is there; in theirs it does not exist.} #id:p.pday34.ab2d
-> p_day_35

// ---------------------------------------------------------------- Saturday 19 June
=== p_day_35 ===
~ day = 35
~ time_of_day = "evening"
~ weather = "dust"
~ hunger = true
# clear
# place: commission_rooms
Saturday, 19 June. Dust since morning, fine as flour. In the afternoon Matvei comes to the commission rooms, where he has never come before, and sits on the end of the bench as if it might report him. {p5_rumour == "fact":"Your book says the neighbours struck," he says. "So your book does favours."|"Your book," he says, and looks at the cupboard where the lists are.} # speaker: matvei #id:p.pday35.5bf3
# clear
"The brigade list for our barrack," he says. "The one you copied. Take my name off." {p5_table:"I saw you at the table on Wednesday, with the book open. Your face to the whole hall. You like it up there."|"You sat by the door on Wednesday, with the book on your knees. Sensible. Be sensible now."} # speaker: matvei #id:p.pday35.3c85
# clear
# note: p_lists
"In '42 a German wrote my name on a list in a very clean hand," Matvei says. "In '49 our own people read it back to me. Twenty-five years." {p4_split == "matvei":You took his side at the bunk when Grisha came for him; that is why he is here.|{p4_split == "grisha":You took Grisha's side at the bunk. He has come anyway.|At the bunk, when Grisha came for him, you wrote the date. He has come anyway.}} Your name was on the same kind of list. # speaker: matvei #id:p.pday35.f2f8
# clear
# note: coercion_inside
"If they come in, your lists tell them who stood behind a barricade," he says. {p4_rota:"Grisha's rota is in your fair hand too. I've seen it on the door."|"You wouldn't copy Grisha's rota. Don't copy me either."} "And on the pickets they say a man who goes near the gate will be dealt with. So there's a list of who didn't. I'd like to be on neither." # speaker: matvei #id:p.pday35.0063
# clear
{
- p_petition == "law": "In May you wrote my petition in the law's words," he says. "The law never answered. Now write me out of something." He almost smiles. #id:p.pday35.120d
- p_petition == "his_words": "In May you wrote my petition in my own words," he says. "So you can write what a man asks. Now unwrite it." He almost smiles. #id:p.pday35.0c9f
- p_petition == "refused": "In May you wouldn't write my petition," he says. "I didn't hold it against you. Much. This is a smaller thing." He does not smile. #id:p.pday35.caaf
- else: "You're the only clerk I know," he says. "That's my whole argument." He almost smiles. #id:p.pday35.6056
}
* [Copy the list clean without him; burn the old # history: p_names_list #id:p.pday35.a5a3]
    // echo: p5_matvei, read on days 37, 39 (Grisha's list); bond_matvei and p_law (day 42, end)
    ~ bond_up(bond_matvei)
    ~ p_law_down()
    ~ p5_matvei = "off"
    # clear
    You copy the list again, every name in its place but one, and burn the old sheet in the stove. A record altered by the man who keeps it. You were tried by such records. Matvei watches the paper go brown and curl. "Thank you, citizen clerk," he says, and this time there is no edge at all. #id:p.pday35.72c4
* [Strike his name through, and keep the page # history: p_names_list #id:p.pday35.39ff]
    ~ bond_up(bond_matvei)
    ~ p_names_up()
    ~ p5_matvei = "struck"
    # clear
    You draw one line through "Kholodov M." and show him. He nods and goes. The line is straight and clean. Under a lamp, anyone could read the name beneath it. You know that. He does not. #id:p.pday35.6a17
* [Tell him the list stays as it is # history: p_names_list #id:p.pday35.79db]
    ~ bond_down(bond_matvei)
    ~ p_names_up()
    ~ p5_matvei = "kept"
    # clear
    "It's a record," you say. "If I take out one name, it's a record of nothing." Matvei looks at you a long moment. "That's what they said in '49," he says. "Word for word, nearly." He goes out into the dust without closing the door. #id:p.pday35.31d5
-
# clear
# place: lagpunkt_2
# note: last_ten_days
# discuss: kuznetsov_broadcast
In the evening the loudspeaker on the pole clicks and hums, and the voice is not Tamara's. Men come out into the brown air. It is the chairman of the commission. He speaks about his family: about how it was destroyed. That is all you will be able to say of it afterwards. You did not write his words down. #id:p.pday35.bff5
# clear
{
- p5_matvei == "off": Matvei stands beside you through all of it. When it is over he puts his hand on your shoulder for a moment, the way men did at the front after a shelling, and takes it away again. #id:p.pday35.d008
- p5_matvei == "struck": Matvei stands beside you through all of it. When it is over he says, "One of us, then," and goes in. You think of the line through his name, and of the lamp. #id:p.pday35.5d7f
- else: Matvei stands on the far side of the pole, apart. When it is over he goes in without looking for you. Antanas comes and stands where he should have been. #id:p.pday35.aaf1
}
# clear
# place: commission_rooms
Later Tarasov asks you to enter it. You write: "19 June, evening. The chairman spoke over the loudspeakers." You add nothing. {p5_matvei == "off":Two pages back is a brigade list, copied clean, with one name fewer than the barrack has men.|{p5_matvei == "struck":Two pages back is a brigade list with one name struck through, straight and clean, and perfectly legible.|Two pages back is a brigade list with every name on it, Kholodov M. among them.}} # note: last_ten_days #id:p.pday35.509e
-> p_day_36

// ---------------------------------------------------------------- Sunday 20 June
=== p_day_36 ===
~ day = 36
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: barrack_pavel
# cn: hunger
Sunday, 20 June. The next scene is about hunger. You can read it, or read a short summary; the choice that follows is the same either way. #id:p.pday36.198d
* [Read the scene #id:p.pday36.c527]
    -> hunger_scene
* [Read a short summary instead #id:p.pday36.a8e2]
    -> hunger_summary

= hunger_scene
# clear
# place: dining_hall_2
# note: rations_hunger
The soup at noon is water with a memory of cabbage in it. Every bowl the same, pickets and commission and sick alike. {gentle:You eat it slowly, to make it last.|You eat it slowly, and your stomach closes on it like a fist.} {p5_matvei == "kept":Matvei eats at the far end of the table, facing away.|Matvei, beside you, tips the last of his bowl into yours and looks at the ceiling.} #id:p.pday36.e524
# clear
You remember hunger: the other kind, in 1942, behind German wire, when counting the days took strength. This is not that. Not yet. {p4_sunday:Tonight you are promised to Antanas and Motria for supper, and you catch yourself guessing what there will be.|Antanas eats with Motria tonight. You said no to their table; today that saves them a bowl.} #id:p.pday36.f61c
-> script

= hunger_summary
# clear
# place: dining_hall_2
# note: rations_hunger
Summary: the ration is smaller every day, and the same in every bowl. {p5_matvei == "kept":Matvei eats apart from you now.|Matvei tips the last of his soup into your bowl.} You have been truly starved once, in 1942, and know the difference. {p4_sunday:Tonight you eat with Antanas and Motria, as promised.|Antanas eats with Motria tonight, without you.} #id:p.pday36.513e
-> script

= script
~ health_down(1)
# clear
# place: commission_rooms
In the afternoon Tarasov brings the text for tonight's broadcast, from the propaganda service, for a fair copy. {p4_word == "insisted":Your initials are in the radio folder already, beside "unlawfully".|Once already you let Tamara cut a word of yours for the radio.} In the middle, underlined twice: We are starving. Your pen stops over the word. # note: p_hungry_starving #id:p.pday36.f309
# clear
"Starving" is a word you have seen: men in 1942 who could not lift a spoon. Here men stand pickets and argue at meetings. "It's the word that carries," Tarasov says. {p5_rumour == "fact":"You put a rumour in the book as news on Thursday. This one is nearer true."|{p5_rumour == "reported":"You wrote 'not confirmed' on Thursday. Nobody heard it. Nobody hears the careful word."|"You kept a rumour out on Thursday. Good. This is no rumour."}} # speaker: tarasov #id:p.pday36.8f66
* [Write "starving", as it stands #id:p.pday36.8aa3]
    // echo: p5_word, read at the microphone tonight, on day 37 and at the bench on day 38 (c3b)
    ~ p5_word = "starving"
    # clear
    You write it. We are starving. The word looks larger on the page than the words around it, though your hand made them all the same size. Tarasov takes the sheet and blows on it. "It'll be true soon enough," he says, which is meant to help. #id:p.pday36.9f6a
* [Write "hungry": it is the true word #id:p.pday36.fb37]
    ~ p5_word = "hungry"
    # clear
    You write: We are hungry. Tarasov reads it and sighs. "Accurate," he says. "The clerk's disease." He does not ask you to change it. He takes the sheet to Tamara as it is, and you go back to the minutes, where nobody is starving either. #id:p.pday36.55b7
-
# clear
# place: barrack_pavel
{p4_sunday:At night, walking back from Motria's table (one potato each, and a tablecloth), you hear the broadcast go out to the towers.|At night the loudspeaker carries the broadcast out over the wire to the towers.} {p5_word == "starving":"We are starving," Tamara says, in your words, slowly. Someone in the barrack laughs, once, the way men laugh at a true thing.|"We are starving," Tamara says. Not your word; she has changed it. Someone in the barrack laughs, once.} The towers say nothing back. #id:p.pday36.b820
-> p_day_37

// ---------------------------------------------------------------- Monday 21 June
=== p_day_37 ===
~ day = 37
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: barrack_pavel
# cn: hunger
Monday, 21 June. The next scene is about hunger. You can read it, or read a short summary; the choice that follows is the same either way. #id:p.pday37.f1f0
* [Read the scene #id:p.pday37.39ab]
    -> hand_scene
* [Read a short summary instead #id:p.pday37.b87c]
    -> hand_summary

= hand_scene
# clear
# place: commission_rooms
Your hand has changed. The nib wanders at the end of a line, and the ink pools where you stop to breathe. {gentle:Twice you have to copy a page again.|Twice you copy a page again; the second time your fingers cramp and will not open round the pen.} #id:p.pday37.edcc
# clear
You hold the page at arm's length and think: no one could swear to this hand now. {p5_word == "hungry":Yesterday this hand wrote hungry, and was proud of its precision.|Yesterday this hand wrote starving, in letters the same size as all the others.} The thought that it is no longer yours is a comfort. It should not be. #id:p.pday37.24c5
-> bread

= hand_summary
# clear
# place: commission_rooms
Summary: the hunger is in your hands now. The pen shakes and your writing wanders; no one could swear to this hand now. {p5_word == "hungry":You wrote hungry on Sunday.|You wrote starving on Sunday.} You notice that the thought comforts you. #id:p.pday37.575e
-> bread

= bread
# clear
# place: barrack_pavel
{
- p5_matvei == "off": In the evening Matvei gives you a pinch of his tobacco without being asked. He has been kind since Saturday, awkwardly, like a man wearing borrowed boots. #id:p.pday37.60b5
- p5_matvei == "struck": In the evening Matvei gives you a pinch of his tobacco. He thinks his name is gone from the list. You roll the cigarette and say nothing about lamps. #id:p.pday37.a10b
- else: In the evening Matvei turns his back to your bunk and smokes alone. He has not spoken to you since Saturday, except to say "Excuse me" at the water tank. #id:p.pday37.2727
}
# clear
Antanas sits down on the edge of your bunk with something folded in a rag: half his own bread ration. Motria would scold him if she knew. "You look like paper," he says. {p5_word == "starving":"We are starving, the radio says. Eat, before it's true."|"Eat. Hungry men write crooked."} # speaker: antanas #id:p.pday37.176b
* [Take it, and thank him #id:p.pday37.210a]
    // echo: p5_bread, read by Antanas on day 41 (the address)
    ~ p5_bread = true
    # clear
    You eat it slowly, in front of him, because he wants to watch. It is grey and damp and tastes of the rag. {p5_word == "hungry":Hungry, you think. The right word after all.|Starving, you think. Not yet.} Antanas nods as if you had signed something. #id:p.pday37.1fcf
* [Refuse: he needs it more #id:p.pday37.84ba]
    ~ p5_bread = false
    ~ health_down(1)
    # clear
    "You have a wife to stand up for," you say, and fold the rag back over it. Antanas argues, then stops. He puts the bread in his shirt. In the night your stomach wakes you twice, and you lie in the dark and count: bread you refused, days left of nobody knows what. #id:p.pday37.97b3
-
-> p_day_38

// ---------------------------------------------------------------- Tuesday 22 June
=== p_day_38 ===
~ day = 38
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: commission_rooms
Tuesday, 22 June. At noon Tarasov brings the points for tonight's script in somebody else's pencil: the broadcast to the soldiers on the towers. He is wanted behind the closed door. "Make the fair copy," he says, "and take it to the technical rooms yourself." {p4_word == "insisted":"Your P. L. is in the radio folder already. One more page won't matter."|"Your hand isn't in the radio folder yet. Keep it that way if you like."} # speaker: tarasov #id:p.pday38.a7b7
# clear
# note: j_megaphones_towers
The points are plain. We are hungry. The stores are nearly gone. We ask for someone from the Central Committee, and nothing else. {p5_word == "hungry":Hungry: your word, the one you wrote on Sunday. Somebody behind the door has taken it.|Hungry, not starving. On Sunday you wrote the other word. Somebody behind the door has chosen this one.} #id:p.pday38.aa21
# clear
You think of Tamara holding your page to the lamp. The script will lie on a bench in the technical rooms tonight, and tomorrow. Paper stays where it is put. {p_hand >= 2:Your hand is on more than one paper in this zone already.|So far your hand has mostly stayed in the book.} #id:p.pday38.353d
* [Write it fair, in your own hand # history: p_own_hand #id:p.pday38.35ab]
    // echo: p_hand (day 42: texts in his hand, found); p5_capitals, read at the bench and on day 40
    ~ p_hand_up()
    ~ p5_capitals = false
    # clear
    You write it out in your own hand, small and upright, as well as your hand will go today. Two sheets, three points, the date at the top. You were always proud of your copies. You fold it in half and put it in your shirt. #id:p.pday38.0e46
* [Print it in capitals: nobody's hand # history: p_own_hand #id:p.pday38.ec1f]
    ~ p5_capitals = true
    # clear
    You print it in capitals, square and upright, like the lettering on a sign. It takes three times as long. Two sheets, three points, no date. You fold it in half and put it in your shirt, and feel like a man with a forged passport. #id:p.pday38.c319
-
# clear
# place: service_yard
The technical rooms are in the service yard, behind a door with a skull painted on it and 100,000 VOLTS under the skull. Everyone knows the sign is a bluff. {p5_capitals:The capitals in your shirt belong to nobody; you walk like a man who belongs to nobody either.|The sheets in your shirt are in your own hand; you feel them at every step.} You stop one pace short of the step, and knock. #id:p.pday38.f491
# clear
# place: tech_rooms
# crossing: c3b
The young man who opens it has solder on his fingers and a loudspeaker in pieces on the bench behind him. You know the face: on 27 May it was under the hall windows, turned up to the paper you passed out. He knows yours. Neither of you says so. #id:p.pday38.ffe9
# clear
"For tonight," you say, and hold out the two sheets. "From the commission. For the soldiers." {p5_capitals:He reads it on the step, slowly, spelling out the capitals with his lips.|He reads it on the step, quickly; a clean hand reads fast.} He nods. You do not go in. You were not asked, and the sign says not to. # speaker: pavel #id:p.pday38.f162
# clear
You turn to go. A young woman passes you on the path with a bundle of mended shirts, and goes in where you did not. {p5_bread:Antanas's bread is still in you from yesterday; even so, the sun at the corner of the wall makes the yard tilt.|You refused Antanas's bread yesterday, and at the corner of the wall the sun makes the whole yard tilt.} You stand in the strip of shade, one hand on the adobe, until it stops. #id:p.pday38.f7b8
# clear
# place: tech_rooms
# fact: c3b.tonight
# fact: c3b.settlement
Through the open door you hear him. "Tonight we say it to the soldiers," he tells her. "That we're hungry. That the stores are nearly gone. That we ask for someone from the Central Committee and nothing else." A pause. "They'll hear it on the towers. Whether it goes further, I don't know. Nothing we build reaches the settlement." # speaker: jonas #id:p.pday38.9256
# clear
Your three points, in his mouth, in his careful Russian with the Baltic in it. {p5_word == "hungry":Hungry: your word from Sunday, said aloud by a stranger.|Hungry, he says, not starving; he says it better than you wrote it.} Then his voice again, at the door, close, and you step back into the shade so as not to be a man caught listening. #id:p.pday38.b125
# clear
# place: tech_rooms
# fact: c3b.wire
"Tonight, listen," he says to her. "When you hear it, that's my wire." The woman laughs and comes out past you with her arms empty. She does not see you. My wire, you think, my words, her voice. Nobody owns a broadcast. That is the point of one. # speaker: jonas #id:p.pday38.3711
~ time_of_day = "night"
# clear
# place: barrack_pavel
Night. The barrack lies awake without admitting it. Then the loudspeaker clicks, and Tamara's voice goes out over the wire towards the towers, not loud, slowly: we are hungry; the stores are nearly gone; we ask for someone from the Central Committee. {p5_word == "hungry":Hungry. This time she does not change it.|Hungry. On Sunday it was starving; tonight it is the plain word.} # speaker: tamara #id:p.pday38.fe9a
# clear
When she finishes, the loudspeaker hums a breath longer and clicks off. On the nearest tower a torch moves and is still. {p5_capitals:Behind the sign your capitals lie on a bench under a lamp: nobody's hand. You sleep better than you have for a week, and are ashamed of it in the morning.|Behind the sign your own hand lies on a bench under a lamp, where anyone who comes in can read it. You lie awake and see it there, the date at the top.} #id:p.pday38.44ac
-> p_day_39

// ---------------------------------------------------------------- Wednesday 23 June
=== p_day_39 ===
~ day = 39
~ time_of_day = "day"
~ weather = "dust"
~ hunger = true
# clear
# place: commission_rooms
# note: defence_pickets
Wednesday, 23 June. Grisha comes in with a list in pencil on the back of a ration sheet: the men of the 2nd lagpunkt for each barricade and each picket, by night, for a week. "Five copies," he says. "One for each barrack head." {p4_rota:"You did my rota fair in June. Do this."|"You wouldn't copy my rota in June. Copy this."} # speaker: grisha #id:p.pday39.c2b5
# clear
He has pressed so hard the pencil has torn the paper twice. You read down the names. Men you know from the bathhouse queue, the water tank, the hall on Wednesday. {p5_savva == "name":Pankratov, S. is not on it; his boards are.|The barricade by the bathhouse is built of somebody's bunk boards; the list doesn't say whose.} #id:p.pday39.9338
# clear
{
- p5_matvei == "off": Halfway down: "Kholodov M.", in Grisha's pencil. "Matvei?" you say. "Everyone stands," Grisha says. "I heard somebody took him off your list. Well. He's on mine." You copied a list clean on Saturday and burned the old one. It took Grisha four days to write him back. #id:p.pday39.8d2e
- p5_matvei == "struck": Halfway down: "Kholodov M.?", with a question mark. "Your list had him crossed out," Grisha says. "Crossed out isn't gone. Is he in or out?" So somebody has held your page to a lamp already. #id:p.pday39.2b35
- else: Halfway down: "Kholodov M.", second barricade, Friday night. Copied, you suppose, from your own brigade list, which you would not change on Saturday. Your careful record, doing what records do. #id:p.pday39.c3a0
}
* [Copy it as he wrote it, five times #id:p.pday39.aad7]
    // echo: p_names (day 42: the lists found); p5_grisha, read on day 41 (Grisha at the picket) and day 40
    ~ p_names_up()
    ~ p5_grisha = "names"
    # clear
    You copy it five times, every name, every night. It takes the whole afternoon. Grisha collects the sheets, counts them, and for the first time since May looks at you as if you were on his side. "Good," he says. "That's a real list." #id:p.pday39.218f
* [Copy it with bunk numbers, not names #id:p.pday39.7be2]
    ~ p5_grisha = "numbers"
    # clear
    You copy it five times with bunk numbers instead of names: barrack and bunk, nothing else. Each barrack head knows his own men. No one else needs to. Grisha reads the first sheet. "Numbers," he says. "Like the ones on our chests. You're a joker, clerk." He takes them anyway. #id:p.pday39.de4e
* {p5_matvei != "kept"} [Copy it, but leave Matvei off #id:p.pday39.77d2]
    ~ p_names_up()
    ~ p5_grisha = "without"
    # clear
    You copy it five times, every name but one. Grisha counts the lines against his own and finds the gap. "He stands, or someone stands for him," he says. "Who?" You say, "I will." Grisha looks at you, at your hands, and writes your name into his pencil list. #id:p.pday39.5c12
-
# clear
# place: lagpunkt_2
In the evening the barrack heads read out their copies at the doors, and men answer to their nights as they used to answer to the roll. {p5_grisha == "numbers":A number, a "here", a number. Nobody mistakes whose number is whose.|A name, a "here", a name. Your copies, in the barrack heads' mouths.} It sounds like a roll-call. It is one. #id:p.pday39.1bad
-> p_day_40

// ---------------------------------------------------------------- Thursday 24 June
=== p_day_40 ===
~ day = 40
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: commission_rooms
Thursday, 24 June. In the evening Tarasov comes in and shuts the door, which he never does, and sits down across the board from you. He looks at the cupboard, where your copy of Grisha's list lies {p5_grisha == "numbers":with its bunk numbers|with its names}. "The minutes," he says. "All of it. Every book." # speaker: tarasov #id:p.pday40.8451
# clear
"Nobody tells me anything," he says. "If they come in, whatever is in that cupboard goes to them: names, hands, dates. Then theirs is the only record that speaks. Before I say what I want, tell me one thing. Will you do it without asking me why?" # speaker: tarasov #id:p.pday40.2a6b
* [Yes. Say it, and it's done #id:p.pday40.3bad]
    // echo: bond_tarasov, which decides (structurally) what Tarasov asks next: hide one copy, or burn all
    ~ bond_up(bond_tarasov)
    # clear
    Tarasov lets out a breath he has been holding since he shut the door. "Thank you," he says. "I wasn't sure of you. Since May I haven't been sure of anyone, myself included." He looks at the cupboard again, as if it might have heard. #id:p.pday40.2f23
* [Tell me first; then I'll say #id:p.pday40.29dd]
    # clear
    Tarasov nods. "A clerk," he says. "Of course." He does not sound offended. He sounds like a man working out what he can ask for. #id:p.pday40.bf45
-
{
- bond_tarasov >= 3:
    -> hide_asked
- else:
    -> burn_asked
}

= hide_asked
# clear
"So burn it," Tarasov says. "All but one copy. One copy you hide, somewhere you alone know, for history. I trust your hiding more than mine; Somebody should be able to read one day what we actually did here." # speaker: tarasov #id:p.pday40.a516
-> pages

= burn_asked
# clear
"So burn it," Tarasov says. "All of it, tonight, in the stove in the drying room. Every book, every list. Don't keep one for history. History can do without us. The men on those pages can't." He does not look at you while he says it. # speaker: tarasov #id:p.pday40.1ec1
-> pages

= pages
# clear
# discuss: p_whose_papers
You open the last book and turn back. The quiet day of 15 June, and above it {p5_savva == "name":"Pankratov, S.", who wanted his name on record|"a prisoner of the 2nd", who wanted his name and did not get it}. {p5_rumour == "fact":The strike at the neighbours, entered as news.|{p5_rumour == "reported":The strike at the neighbours, as reported, not confirmed.|The strike at the neighbours, which is not there.}} The chairman spoke over the loudspeakers: one line. # note: last_ten_days #id:p.pday40.388f
# clear
In the cupboard, the brigade lists, {p_names >= 2:and other lists, names in your hand, more than you had let yourself count.|names in your hand.} {p5_capitals:And somewhere behind a sign with a skull, a script in capitals that belongs to nobody.|And somewhere behind a sign with a skull, a script in your own hand, with the date at the top.} Paper stays where it is put. #id:p.pday40.ce6f
# clear
# note: assault_plan
Across the wire the administration's windows are lit late. Papers are written there too, and signed, and dated. On both sides of every wire, you think, there is a clerk. #id:p.pday40.bf7b
* [Burn them all, tonight, in the drying-room stove # history: p_minutes_fate #id:p.pday40.fbc7]
    // echo: p_kept (day 42, endings, epilogue); bond_tarasov (day 42)
    ~ p_kept = "burned"
    {bond_tarasov >= 3:
        ~ bond_down(bond_tarasov)
    - else:
        ~ bond_up(bond_tarasov)
    }
    # clear
    # place: bathhouse
    You burn them page by page, so they will not choke the fire. Item one, item two. The quiet day goes, and the chairman's one line. Paper burns fast when it is dry. {p_day_40.hide_asked:Tarasov watches, his hands pushed into his pockets. "Nothing for history, then," he says. "Nothing for them," you say.|Tarasov feeds the fire with you and says nothing, and his hands are steadier than yours.} # note: last_ten_days #id:p.pday40.5714
* [Hide one copy where only you know # history: p_minutes_fate #id:p.pday40.5041]
    ~ p_kept = "hidden"
    {bond_tarasov >= 3:
        ~ bond_up(bond_tarasov)
    - else:
        ~ bond_down(bond_tarasov)
    }
    # clear
    You burn the rest, and keep one book: the last. You wrap it in oilcloth and put it under the third board from the stove in the commission room, and put the board back, and walk on it. {p_day_40.hide_asked:"Good," Tarasov says. "Don't tell me where."|"I didn't see that," Tarasov says. "I'd rather not have to remember it."} #id:p.pday40.ed82
* [Carry the last book on you, inside your shirt # history: p_minutes_fate #id:p.pday40.fd87]
    ~ p_kept = "carried"
    # clear
    You burn the rest, and keep the last book. You put it inside your shirt, against your ribs, where a man keeps what he cannot put down. Its corner digs in when you breathe. "On you?" Tarasov says. "They search the man first. Always the man first." "I know," you say. #id:p.pday40.d1a8
-
# clear
# place: barrack_pavel
In the barrack Antanas is asleep already, Matvei is not. The searchlight comes and goes across the ceiling. {p_kept == "carried":The corner of the book digs into you each time you breathe, and you breathe anyway.|{p_kept == "hidden":You think of the board by the stove, and how it creaks, and who else walks on it.|Your cuffs smell of smoke. You keep lifting them to your face in the dark.}} #id:p.pday40.47e9
-> p_day_41

// ---------------------------------------------------------------- Friday 25 June
=== p_day_41 ===
~ day = 41
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: lagpunkt_2
Friday, 25 June. The heat goes off the roofs at last, and men come out to sit on the steps. You have nothing to minute. {p_kept == "carried":The book sits against your ribs.|{p_kept == "hidden":You have not been near the board by the stove all day, on purpose.|Your hands are empty. You keep finding them folded, as if round a pen.}} #id:p.pday41.78b1
# clear
At the corner of the barricade Grisha is on picket with two other boys. {p5_grisha == "names":He lifts a hand to you. "My clerk," he says to the others, with something like pride.|{p5_grisha == "numbers":"Bunk fourteen," he calls to you, grinning. "Present." The boys laugh. You find you are laughing too.|He looks at you, then at the gap beside him where Matvei would have stood. "Your night's Tuesday," he says. "Don't forget."}} # speaker: grisha #id:p.pday41.3ce5
# clear
# place: barrack_pavel
Antanas is sitting on the edge of your bunk when you come in, which means he has something to say. {p_wedding_paper:He has the paper you wrote in June in his breast pocket; it has gone soft as cloth from being unfolded.|He has no paper to show for his wedding; Father Ihor wrote nothing down, and Antanas says God has a better memory than a clerk.} #id:p.pday41.9a69
# clear
"My mother's address," he says. "In case." He says it in Lithuanian first and then in Russian, slowly: a village by a river, a house by the church, his mother's name. {p5_bread:"You ate my bread on Monday," he says, "so you owe me. Learn this."|"You wouldn't take my bread on Monday. Take this, at least."} # speaker: antanas #id:p.pday41.f669
* [Learn it by heart, and say it back to him #id:p.pday41.6716]
    // echo: bond_antanas (day 42: whom he goes to); p5_address, for the day-42 writer and the end page
    ~ bond_up(bond_antanas)
    ~ p5_address = "heart"
    # clear
    You say it back to him, twice, with his accent, badly. He corrects the name of the village. You say it a third time. "Good," he says. "A clerk's memory. Better than paper. They can't search it." He lies down on his own bunk and is asleep in a minute, like a boy. #id:p.pday41.092c
* [Write it down on paper #id:p.pday41.15d9]
    ~ bond_up(bond_antanas)
    ~ p5_address = "paper"
    # clear
    {p_kept == "carried":You write it on the last page of the book against your ribs, under the last quiet day: a name, a village, a church.|You write it on a cigarette paper and fold it into your boot: a name, a village, a church.} Antanas watches you do it. "In your good hand," he says. "She'll think it's from a lawyer." #id:p.pday41.3d4e
* [Tell him to carry it home himself #id:p.pday41.388c]
    ~ p5_address = "refused"
    # clear
    "You'll tell her yourself," you say. "I'm not taking your mother off you." Antanas laughs and shakes his head. "You're a hard man, Captain." Then he says the address anyway, twice, lying on his bunk with his eyes shut, and you hear it whether you want to or not. #id:p.pday41.eaa3
-
# clear
You lie awake and go over the pages you no longer need. {p_hearsay == "said":A general's question, entered as said.|{p_hearsay == "reported":A general's question, entered as reported.|{p_hearsay == "left_out":A general's question you left out.|The first entry, the last.}}} A quiet day. The chairman's one line. A roll-call at the barrack doors. {p5_address == "heart":An address in Lithuanian, which you say over once more under your breath, to be sure of the village.|{p5_address == "paper":An address in Lithuanian, on a paper {p_kept == "carried":against your ribs|in your boot}.|An address in Lithuanian that you refused to keep, and have kept anyway, word for word.}} # note: last_ten_days #id:p.pday41.f17d
# clear
# note: june25_decorations
Beyond the wire the authorities' loudspeaker plays its worn record once, late, and stops. Somewhere a man is signing something; somewhere a man always is. You turn on your side. {p5_matvei == "off":Matvei is breathing in the dark, a man on no list of yours.|{p5_matvei == "struck":Matvei is breathing in the dark, under a straight clean line.|Matvei is breathing in the dark, two bunks and one list away.}} The searchlight comes and goes. #id:p.pday41.c1d6
-> p_day_42
