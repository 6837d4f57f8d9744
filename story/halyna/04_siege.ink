// Halyna, Act IV "The siege": day_31 to day_41 (15-25 June 1954).
// History: fact base §3.2 (15 June to 25 June), §5.3, addendum §1, §5, §14, addendum-2 §1, §3.
// The prisoners do not know that tanks are coming; the narrator says so only in two asides that
// carry a note (15 June, 25 June). Everything else is what the zone could see and hear.
// A countdown (bible §10): each day costs more, and each day an earlier thread comes due:
//   31 wish (day 30), role; 32 role, trust_commission (Vera's count); 33 loud / loud_deed (a day
//   with no choice: who saw and heard you), helped_leaver; 34 orlov, prayed_for_towers, loud (a
//   conversation that branches twice); 35 trust_commission (Kuznetsov's broadcast); 36 the dead
//   of May (say a name aloud); 37 knows_names, ties_underground, mykola_hurt, Mykola's promise;
//   38 married / jonas_want, the Rudnik rumour; 39 bread_given, health, hunger (cause named);
//   40 a list (the night hands), Maia's address, told_stores, spread_rumour, helped_leaver;
//   41 hem_letter, first_evening, wish, Orlov's last scene, the night in three beats.
// Globals changed here (at most three choice points a day; one or two globals an option;
// loud_up() counts as one thread, loud with its loud_deed):
//   31  hem_letter (the letter home); first_evening (whom she spends Tuesday evening with)
//   32  told_stores (Vera's count, told to the barrack)
//   34  orlov (hearing him: at least 1); answering him: loud_up("orlov") and orlov 2, or 3 if
//       she had answered him on day 29
//   35  trust_up() / trust_down() (why Kuznetsov spoke of his family)
//   36  health_down(1) on every path (after the first line); loud_up("name"); carried = "names"
//   37  promised_mykola; carried = "mykola_paper" + ties_up() (only with ties_underground >= 1)
//   38  spread_rumour
//   39  health_down(1) + up(bread_given, 1, 3) if she gives Maia half her bread
//   40  carried = "maia_paper"; position (her night post)
//   41  promised_mykola (a second chance) or carried = "jonas_letter"; position (at 03:30)
// Fiction, labelled as reconstruction in the notes: Orlov, Vera, Maia, Oksana, Aslan, Father
// Ihor, the women's watch. Real people: Kuznetsov's broadcast is only reported, never quoted.

=== day_31 ===
~ day = 31
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
~ defences = true
~ loudspeakers = true
~ hunger = true
~ tanks = "none"
# clear
# place: women_barrack
Tuesday, 15 June. The heat is on the roofs before the sun is fully up. You cut the day's bread into three with a thread pulled from your hem: morning, noon, night. The ration looks like more when it is cut. Maia eats her crust first. "So the best part is last," she says, as she says every day. # speaker: maia #id:h.d31.d0f1
# clear
{ wish:
- "lasts": Last night you asked that it last. This morning it does: the same heat, the same thread, the same crust in Maia's fingers. You catch yourself counting the days as a miser counts coins, and stop, because counting is how you lose them. #id:h.d31.a962
- "ends": Last night you told Maia you wanted it to end, any way at all. This morning the words are still in your mouth, sour. She has not mentioned them. She passes you the thread for the bread, which is her way of saying she heard. #id:h.d31.fa81
- "people": Last night you prayed that the people you love come through. This morning you count them off over the bread, one by one, the way your mother counted the hens at dusk, and find that they are all still here. #id:h.d31.de39
- else: The zone wakes the way it wakes now, slowly, without a bell. Somewhere a man is shaving with a bit of broken glass and singing about it. The barrack door stands open all night now, and the morning walks straight in. #id:h.d31.ada5
}
# clear
{
- role == "kitchen":
    In the kitchen Vera ladles soup that is mostly water, counting the ladles under her breath. The pickets get the same as the commission, the commission the same as the sick: that is the rule, and Vera keeps it harder than anyone. When you glance at the sacks along the wall, she shakes her head before you can ask. # place: bakery #id:h.d31.114a
- role == "hospital":
    In the hospital there is still nothing to give but water, clean cloths and company. The doctor, a prisoner like you, boils the same bandages again. A man from the 3rd lagpunkt with a fever asks you to sit with him. You sit until he sleeps, and then a while longer. # place: hospital #id:h.d31.505f
- role == "sewing":
    In the workshop the machines that once sewed officers' tunics are mending prisoners' jackets now: elbows, collars, the knees of the men on the pickets. There is no forewoman with a tally now. You find you sew better for it, and that you sing under your breath while you do. # place: sewing_workshop #id:h.d31.f23e
- role == "messenger":
    You spend the morning walking: a folded paper from the women's representatives to the commission, an answer back, a question about soap. Men on the roofs wave as you pass. Everyone knows your face now. You are not sure you like that, and you walk faster. # place: women_zone #id:h.d31.5266
- else:
    You spend the morning at the washing troughs by the bathhouse with the other women, scrubbing shirts in water that is already grey. The women came without being sent. The work gets done anyway, and the shirts dry stiff in an hour on the barrack wall. # place: bathhouse #id:h.d31.0992
}
# clear
At midday, in the strip of shade along the barrack, Oksana sits with a pencil stub and a page torn from a ledger. She wants to write home. Nothing has gone out through the gate for weeks, and nothing will. She asks you whether it is foolish to write anyway. # place: women_barrack #id:h.d31.c937
* [Write yours too, beside her #id:h.d31.6c37]
    ~ hem_letter = true
    # clear
    You write to your mother on the back of Oksana's page: the heat, the choir, that you are eating. Two small lies and one truth. You fold it very small and sew it into the hem of your jacket, where the thread for the bread came from. Oksana watches you sew. "For when letters go," she says. #id:h.d31.3d48
* [Tell her to keep the paper for later #id:h.d31.1349]
    # clear
    Oksana folds the paper away. "For later," she says, and does not say later than what. You think of the letters you were allowed before: so few, so short, read by strangers first. In the evening you see her writing anyway, her back to you, her lips moving over every word. #id:h.d31.8d81
-
# clear
Later she reads you hers, in a whisper, because she wants to hear how it sounds. Her mother's goat, her sister's wedding, which she missed. {hem_letter:"Yours is better," she says. "Yours says you're eating." "So does yours," you say. "Say it louder."|At the end she has written: I am well. "Is that a lie?" she asks. "Not yet," you say.} She folds it into her bundle, under the spare shirt. #id:h.d31.6bcb
# clear
In the evening the zone breathes out. Men and women walk the paths between the barracks the way people walk a town on a feast day. Someone near the bathhouse is playing a mandolin, badly, and people are singing along, worse. You have an hour before dark, and the whole zone to spend it in. #id:h.d31.a8ce
* [Go to the 3rd lagpunkt to find Mykola # place: lagpunkt_3 #id:h.d31.2edd]
    ~ first_evening = "mykola"
    # clear
    You find Mykola on the step of his barrack{mykola_hurt:, his bad leg stretched out in front of him,} sharing one cigarette three ways. He makes room for you. You talk about nothing: the heat, the old dog at home that used to steal eggs. He laughs so hard he coughs, and the other men laugh at him laughing. #id:h.d31.66b8
* {married} [Find Jonas, your husband # place: tech_rooms #id:h.d31.72f4]
    ~ first_evening = "jonas"
    # clear
    Jonas is outside the technical rooms with solder burns on his fingers. You walk the length of the zone with him, slowly, your arm in his; a wedding is an ordinary thing here now. {jonas_want: In his shirt pocket, against your arm, is the drawing for his mother. He touches it now and then, to be sure.|He explains what a valve is for. You watch him explain.} #id:h.d31.5d85
* {not married && bond_jonas >= 2} [Walk with Jonas along the old wall # place: women_zone #id:h.d31.91ff]
    ~ first_evening = "jonas"
    # clear
    Jonas walks beside you along the line where the wall was, broken down now to knee height. He talks about Kaunas, the river, a bookshop. You talk about the orchard at home. When your hands touch, neither of you moves away, and neither of you says a word about it. #id:h.d31.babd
* [Sit on the step with Maia # place: women_barrack #id:h.d31.45c1]
    ~ first_evening = "maia"
    # clear
    You sit with Maia on the barrack step while the light goes. She teaches you the Estonian for "evening", for "bread", for "enough". You get them all wrong. She corrects you as she must once have corrected eleven-year-olds, and you both enjoy it more than you say. #id:h.d31.21df
-
# clear
# note: june15_tanks
# discuss: what_they_knew
It is an ordinary evening, as far as anyone in the zone can tell. Far away in Moscow, this same day, the Minister of Internal Affairs has sent a telegram to the general who leads the commission outside your gate. No one in the zone will ever read it. #id:h.d31.b971
-> day_32

=== day_32 ===
~ day = 32
~ time_of_day = "day"
~ weather = "heat"
~ kites = false
~ hunger = true
# clear
# place: women_zone
# note: last_ten_days
Wednesday. In the morning there are two men with iron bars outside the food stores in the service yard, where last week there was one. They nod to everyone who passes, politely, and look at everyone's hands. One of them you know from the bread line. Today he looks at your hands too. #id:h.d32.23b0
# clear
At noon the soup is thinner than yesterday's. In the queue the women look into each other's bowls and then away, quickly, the way you look away from a stranger's letter. The bread is still bread. You eat yours standing up, slowly, the way Maia taught you. #id:h.d32.de0f
# clear
# place: bakery
Vera finds you at the washing trough and speaks low, drying her hands on her apron again and again. {role == "kitchen":You work beside her; you have seen the sacks yourself, but not her sums.|You hardly know her, except as the voice over the cauldrons.} The stores are going down faster than anyone says, she tells you. The commission knows. # speaker: vera #id:h.d32.7b1f
# clear
"I count," Vera says. "That's my work. The commission decides; that's theirs. {trust_commission >= 2:You believe in them. So do I.|You have your doubts about them. I know.}" She folds the apron over her red hands. "Your barrack listens to you. Tell them to put something by. Or don't. I only know what I count." # speaker: vera #id:h.d32.5e90
* [Tell the barrack what Vera counted # place: women_barrack #id:h.d32.3365]
    ~ told_stores = true
    # clear
    That night you tell them, plainly, sitting on the edge of your bunk. The barrack takes it quietly. Stefa, whom the barrack chose to speak for it, takes a twist of sugar from her own mattress and holds it up. By morning a cloth bag hangs from a nail by the door, with things in it. #id:h.d32.08bc
    # clear
    Not much: a crust, the sugar, three dried apricots from a parcel that came in April, a heel of bread wrapped in a sock. Oksana puts in her noon piece and then takes half of it back, red to the ears. Stefa writes on the wall by the nail, in charcoal: FOR WHOEVER NEEDS IT FIRST. #id:h.d32.8ad0
* [Keep it to yourself for now # place: women_barrack #id:h.d32.6626]
    # clear
    You say nothing. In the dark you lie awake doing sums: grams, days, mouths. From the next bunk Maia, who misses very little, says quietly, "You've heard something." You tell her it is the heat keeping you awake. She lets you keep the lie, which is its own kind of answer. #id:h.d32.5919
    # clear
    In the morning you watch the barrack eat. Women who cut their bread in three. Women who eat it at once, to be sure of it. Oksana, who eats hers before she is fully awake. You know a number none of them knows, and it sits in you like a stone in a shoe. #id:h.d32.605a
-
# clear
In the afternoon Vera passes your barrack with two empty buckets. {told_stores:She has seen the bag on the nail. She stops, reads Stefa's charcoal, and for a moment her face does something you have not seen it do. "Good," she says, to the wall, and goes on.|She raises her eyebrows once, a question, and you shake your head. She nods once, a sum that has come out, and goes on to the water tank.} #id:h.d32.7516
# clear
At lights-out Oksana whispers across the gangway, so quietly that you see it more than hear it: how many days? {told_stores:You told the barrack the number of sacks; now she wants it turned into days. You do the sum in the dark, twice, and give her the smaller answer, because she asked for the truth.|"I don't know," you tell her. It is the first lie you have told her, and she hears it, and turns to the wall.} Maia, between you, pretends to sleep. #id:h.d32.cc45
-> day_33

=== day_33 ===
~ day = 33
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: guardhouse
# speaker: loudspeaker
# note: authorities_loudspeakers
Thursday. What the loudspeakers beyond the wire say, between seven and noon, as near as you can set it down: Go back to work. The coal trains stand unloaded at the station. This is a warning. Go back to work. Then the gramophone record. Then the warning again. #id:h.d33.bfd6
# clear
# place: women_zone
What your barrack says back, to the wire: that the record is the same one as yesterday. That the voice is a new one, younger. That a warning given every day is no warning. That they have heard it all before. Maia says nothing at all. She is mending a stocking that has more darn than stocking. #id:h.d33.ae40
# clear
What comes in the afternoon: the bread, late, on the handcart, and less of it. A rumour that the bosses will cut the water next. A second rumour that they won't dare. A kite string with no kite on it, drifting down from a roof. And the record again, the same scratch in the same place. #id:h.d33.d622
# clear
Oksana sits on the step and listens to every word from beyond the wire, her lips moving. {helped_leaver:Since the night you walked her to the wire she has kept close to you, and she keeps close now.|Since that night she has hardly spoken to you.} A woman from the next barrack watches her, and says loudly, to the air, that some people would run to the bosses if the gate opened a crack. #id:h.d33.17ea
# clear
{helped_leaver:You step between them without deciding to. "Mind your tongue," you say. "We're all hungry, and none of us has gone anywhere." The woman looks you up and down, slowly, the way warders used to.|Before you can think what to say, Stefa says it for you: "Mind your tongue." The woman looks from Stefa to you, slowly, the way warders used to, and finds you the easier target.} #id:h.d33.8af5
# clear
{ loud_deed:
- "solo": "And you," she says. "The songbird. You sang for the tower, that first free Sunday, so the whole settlement could hear you. You think they didn't write that down? When they come back, who do you think they'll look for first?" #id:h.d33.59a3
- "leaflets": "And you," she says. "The schoolgirl with the round letters. Forty leaflets in your own hand, all over the settlement. You think they can't read? When they come back, whose hand do you think they'll match first?" #id:h.d33.1e4e
- "hymn": "And you," she says. "The first line, alone, on the loudspeakers over the wire. Very brave. You think the towers didn't hear who sang it? When they come back, who do you think they'll look for first?" #id:h.d33.06d9
- else: "And you," she says, "with your clean hands. Never sang, never wrote, never said a word where it counted. You'll be all right, won't you, when they come back? Your kind always is." She spits, neatly, beside your foot. #id:h.d33.ad79
}
# clear
She goes off between the barracks. The wind takes the dust after her. Oksana has gone inside. You stand on the step with the loudspeakers still talking beyond the wire, and you find that your hands are shaking, and that you cannot tell anyone why: it is only words, and she is only a woman from the next barrack, as hungry as you are. #id:h.d33.2ad9
# clear
# discuss: written_down
At night Maia speaks to the dark between your bunks. {loud >= 1:"She is a spiteful woman," she says, "and she is right. They will have it written down. I was a teacher. I know what registers are for." She does not say what you should do about it. There is nothing to do.|"She is a spiteful woman," she says, "and she is wrong about you. Keeping quiet is not the same as keeping clean. I kept quiet for twenty years in a classroom. I know the difference."} # speaker: maia #id:h.d33.7751
-> day_34

=== day_34 ===
~ day = 34
~ time_of_day = "night"
~ weather = "clear"
~ hunger = true
# clear
# place: guardhouse
Friday, after dark. The women's watch sends you with a bucket of water to the barricade before the guardhouse: saman bricks from the broken walls, piled chest-high. Two boys from the defence brigade sit behind it with iron bars across their knees. You have carried the bucket the length of the zone, and your arms know it. Beyond the wire a cigarette glows. #id:h.d34.90be
# clear
# speaker: orlov
"Water, pickets? Lucky boys," the voice calls across the fire zone: a young man's, with the round northern "o". Lieutenant Orlov. {orlov >= 2:"Is that the sister with the water? I know that bucket." He knows your voice from the night he asked for one, and you gave it.|{orlov >= 1:You know his voice from your night at the barricade. He doesn't know yours.|The boys say he comes most nights, when his officers are asleep.}} #id:h.d34.fdd3
{ orlov == 0:
    ~ orlov = 1
}
# clear
"He never gives his first name," one of the boys whispers. "He asks about the women. Once he asked if it was true we'd eaten the camp dogs." The other boy snorts. "We'd have to catch them first." They are sixteen, perhaps seventeen, and they hold their iron bars the way boys at home held fishing rods. #id:h.d34.1b02
# clear
# speaker: orlov
"They tell us you're all bandits in there," he calls, almost friendly. "Bandits, and worse. And that you have weddings. Is it true, sister? Say something. The record they play you, we hear it too. I'd give my boots for another voice." The boys look at you. One of them shakes his head. #id:h.d34.5213
* [Answer him across the wire # place: guardhouse #id:h.d34.036b]
    ~ loud_up("orlov")
    { orlov >= 2:
        ~ orlov = 3
    - else:
        ~ orlov = 2
    }
    -> answered
* [Say nothing, and take the bucket back # place: women_zone #id:h.d34.cda9]
    # clear
    You pick up the empty bucket and go. Behind you the boys answer him for you, loud and rude, and he answers back, and for a minute it is like boys shouting across the river at home. Then a searchlight swings over the barricade, and everyone is quiet. #id:h.d34.1d9b
    # clear
    {prayed_for_towers:Halfway back you remember the Sunday you prayed for the boys on the towers, all of them, with no faces. Now one of them has a voice and asks for yours. You didn't give it. You are not sure whether that was prudence or the opposite of a prayer.|Halfway back you stop and listen. He is still talking, to the dark now, about football. You think: he is lonelier out there than we are in here. Then you think: that is a dangerous thing to think about a man with a rifle.} #id:h.d34.e54d
    # clear
    At the barrack door the women's watch takes the bucket from you. "Was he there, the lieutenant?" You nod. "Did he talk to you?" "He talked," you say. "I didn't." The watch woman nods, approving. "Good. Let the boys shout. Boys are always shouting." She hands you a cup of water, warm, and you drink it all. #id:h.d34.675c
    -> day_35

= answered
# clear
"There are weddings," you call. "And bread, a little. And no bandits that I've met." A pause. Then he laughs, not unkindly. "I sew," you add, before you can stop. "Your officers' tunics, four years of them." "Then maybe you sewed mine," he says. One of the boys hisses at you to be quiet. #id:h.d34.7222
# clear
# speaker: orlov
{loud >= 2:"I know you," Orlov says then, lower. "Half the tower knows you, from before. Be careful, sister. Not of me." He says it quickly and low, and then loudly, about the weather.|"A seamstress," Orlov says. "My mother sews. Vologda. She'd like you." He says it shyly, a boy at a dance. The searchlight comes round, and the boys duck, and you stay standing.} #id:h.d34.b85a
* [Ask him what they say about you outside #id:h.d34.cdbd]
    # clear
    "What do they say about us, in the settlement?" He is quiet so long you think he has gone. "That the camp is run by cut-throats and bad women," he says at last. "Some of them believe it. Some of us don't." Then, quickly: "Don't ask me things like that. I can't answer you things like that." #id:h.d34.047c
* (vologda) [Ask him where Vologda is #id:h.d34.24a3]
    # clear
    "Where is Vologda?" He tells you, at length: the north, a river, lace, butter, snow to the windows. He talks like all the homesick, without stopping for breath. "Go home, sister," he says at the end, and you both laugh, because there is no home to go to, for either of you, tonight. #id:h.d34.684e
-
# clear
{prayed_for_towers:Walking back with the empty bucket you remember the Sunday you prayed for the boys on the towers. Now one of them has a name, and a mother who sews, and he knows your voice. It is a strange thing, to have your prayer answered with a person.{vologda: A person with lace and butter and snow to the windows.}|Walking back with the empty bucket you think: now he knows your voice. Whatever else happens, one man outside the wire can pick you out of a crowd by ear. You did that yourself, for the sake of a few words in the dark.{vologda: And you know where he is from, which is more than he meant to give.}} #id:h.d34.265f
-> day_35

=== day_35 ===
~ day = 35
~ time_of_day = "evening"
~ weather = "dust"
~ hunger = true
# clear
# place: women_zone
# note: last_ten_days
Saturday evening. The prisoners' own loudspeaker clicks and hums, and the voice that comes out is not the announcer's. Someone says, "It's Kuznetsov." Women come out of the barracks, drying their hands. The chairman of the commission does not often speak to all of you at once. #id:h.d35.d144
* (go_out) [Go out to the loudspeaker with the others # place: women_zone #id:h.d35.cd00]
    # clear
    You stand in the crowd under the pole, close enough to feel the women's shoulders on either side of you. Dust blows along the path. The crowd is silent. The voice on the wire is a man's, thinned by the wire, and the wind takes a word here and there. #id:h.d35.477c
* [Listen from your bunk # place: women_barrack #id:h.d35.0ab7]
    # clear
    You stay on your bunk with your face to the wall. Through the open door the voice comes in broken, the wind taking every third word. Maia sits up on the next bunk and does not pretend to be asleep. Neither of you moves until it is over. #id:h.d35.7128
-
# clear
# note: last_ten_days
# discuss: kuznetsov_broadcast
He is speaking about his family: about how it was destroyed. That is all you will remember afterwards, when people ask, and all you will be able to tell them. Not his words. Only that he said it, over the wire, to all of you at once, with the dust going brown over the barracks. #id:h.d35.d488
# clear
The crowd doesn't break up at once. Women stand in twos and threes in the dust. A woman from Lviv says her husband's people were taken in one night, all of them, the grandmother too. Another says hers went the same way, another year. In ten minutes you hear of more lost families than you can hold in your head. #id:h.d35.166d
# clear
Vera comes past with her apron rolled under her arm. She has stood through the whole of it by the kitchen door, very straight. {trust_commission >= 2:"He's one of us," she says to you, "whatever they say of him." She has never said so much.|"He's the chairman," she says, to you and to the path. "We chose him. That's what a chairman is." She goes on, quickly.} # speaker: vera #id:h.d35.cb76
# clear
Afterwards Maia says, "Why tell us that? Why now?" She is not being unkind. She is asking what you are asking, and what half the zone is asking on the paths, in low voices, as the dust settles and the light goes brown and then grey. # speaker: maia #id:h.d35.f4d1
* [Because he has nothing left to lose either #id:h.d35.f6cf]
    ~ trust_down()
    # clear
    "Because he has nothing left to lose," you say. "Like us." Maia is quiet a long time. "That is what frightens me," she says at last. "People with nothing left to lose are very brave. And very dangerous to the people who love them." You think of Mykola, and say nothing. #id:h.d35.13b6
* [So we remember he is one of us #id:h.d35.f510]
    ~ trust_up()
    # clear
    "So we remember he's one of us," you say. "Not a colonel. A prisoner, like you and me. With people he lost." Maia nods slowly. "Yes," she says. "Perhaps that is it." In the morning you find that you have repeated it to three women at the water tank, and meant it each time. #id:h.d35.65ca
* [I don't know. I don't want to know #id:h.d35.17b2]
    # clear
    "I don't know," you say. "I don't want to know." Maia reaches across the gap between the bunks and takes your hand, and holds it, the way she must once have held a frightened pupil's on the first day of school, until you both fall asleep. #id:h.d35.963a
-
# clear
Beyond the wire, before midnight, the authorities' loudspeakers start up again: the record, worn grey by now, and then a voice telling you to go back to work. {day_35.go_out:You stood in the dust for Kuznetsov an hour ago. Now you lie in the dark for them.|You listened to Kuznetsov through a door an hour ago. Now you listen to them the same way.} The zone lies there and listens to both. #id:h.d35.f4ca
-> day_36

=== day_36 ===
~ day = 36
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: women_barrack
Sunday, 20 June. Father Ihor says the liturgy in the drying room, the coolest place in the women's zone. His stole is the towel the sewing women embroidered for him. The women kneel on the boards, shoulder to shoulder. There is less in every bowl each day now, and the hymns take more breath than they used to. #id:h.d36.b872
~ health_down(1)
# clear
{married:He catches your eye over the chalice, the bride he married on a copper ring, and nods, once. }Before the end he reads the names of the dead of May, those he knows, and asks whoever knows others to say them aloud. The room goes very still. You know one name he hasn't read: a man who mended the barrack stoves, shot in the service yard. # speaker: ihor #id:h.d36.c146
# clear
No one else seems to know it. You knew him only by his hands, black with soot, and by the way he whistled through a gap in his teeth while he worked. He fixed the stove in your barrack in February, when the cold was worst, and would take no bread for it. #id:h.d36.9bb8
* (said_name) [Say his name aloud #id:h.d36.ed3a]
    ~ loud_up("name")
    # clear
    You say it. Your voice comes out thin and too loud in the stillness, and your knees shake, from fear or from the bread you haven't had. Then another woman says a name, and another, and the choir begins "Vichnaia pamiat" without being asked, and you sing with them. #id:h.d36.fc9e
    # clear
    At the door a woman you don't know touches your sleeve. "They'll have heard that in the yard," she says. "There are ears everywhere, still." She means it kindly. {loud >= 2:It is not the first time you have done a thing like this where they could hear, and you both know it.|You thank her, and go out into the heat with the name still in your mouth.} #id:h.d36.4ed0
* [Whisper it to Father Ihor afterwards #id:h.d36.8d41]
    # clear
    You keep it in your mouth until the end. Afterwards you whisper it to Father Ihor at the door. He repeats it carefully, to be sure he has it right, and writes it inside his cuff with a pencil stub. "Next Sunday," he says. "In front of everyone. I'll say it for you." #id:h.d36.f13b
    # clear
    You go out into the heat. Behind you the women file out with their eyes on the ground, and the choir-mistress gives you a look you can't read. You tell yourself the name is safe now, in pencil, on a priest's cuff. It does not feel safe. It feels put away. #id:h.d36.3af8
-
# clear
# place: women_zone
Father Ihor finds you by the water tank. He has copied the names onto a sheet of cigarette paper in a small, square hand: the dead of May, as many as anyone could give him{said_name:, and the stove-mender's among them, since you said it|, the stove-mender's too}. "I am one old man," he says. "Keep a copy. In your hem, in your head. Someone must." # speaker: ihor #id:h.d36.7f15
* (took_names) [Take the list, and sew it into your hem #id:h.d36.c4e3]
    ~ carried = "names"
    # clear
    You take it. It weighs nothing. That night you learn it by heart, by the window, moving your lips as you did over the catechism as a girl: each name, and the place it came from, and last the stove-mender's, whose village no one knew. {hem_letter:It goes into the hem beside your letter to your mother.} #id:h.d36.6056
* [Tell him a priest's cuff is safer than a hem #id:h.d36.0612]
    # clear
    "Keep it on you, Father," you say. "A cuff is safer than a hem." He smiles at that, and puts the paper inside his cuff again. "God keeps the names anyway," he says. "I only keep the paper." You walk back with nothing in your hem, and you are lighter, and not glad of it. #id:h.d36.5ce4
-
# clear
# place: women_barrack
In the evening Maia asks whose name it was. You tell her: the stove-mender, the gap in his teeth, February. {took_names:She asks to see the list, and reads it by the window, all of it, slowly, with her finger. At the end she says one of the names is from Tartu. She did not know he was dead.|She nods. "Good that someone has it written," she says. "I have seen a great many lists in my life. The ones that matter are never kept by the people who wrote them."} #id:h.d36.33b1
-> day_37

=== day_37 ===
~ day = 37
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: lagpunkt_3
Monday, 21 June. You go to the 3rd lagpunkt at noon, through the gap where the wall was. Men are carrying saman bricks to the barricades, slowly, in the heat, two at a time where it used to be four. Mykola sees you from the roof of his barrack and climbs down{mykola_hurt:, carefully, the leg that was shot in May going first, the way an old man takes a stair|, quicker than anyone else on the roof}. #id:h.d37.9d1b
# clear
# place: mykola_barrack
He walks you behind the barrack, where the wind drops, and sits on an upturned crate. He is thinner than you. {mykola_hurt:He rubs his thigh, where the bullet went through, without knowing that he does it.|He has a new cut across his knuckles and doesn't say how.} For a while you talk about your mother's letters, and how few there were. #id:h.d37.79c8
# clear
Two men go past with bricks and nod to him, the way men nod to someone they take orders from. {trust_commission >= 2:He asks what the women made of Kuznetsov on Saturday. You tell him. "The commission talks," he says. "Talking is what it's for."|He asks what the women made of Kuznetsov on Saturday. "It frightened me," you say. "Good," he says.} #id:h.d37.b2d4
# clear
{ knows_names:
    Then he stops. "That paper. The one from barrack 9, that you held to the lamp." How he knows, you don't ask. "What was on it? Tell me what you saw. All of it." His voice is very quiet. It is not your brother's voice, quite. # speaker: mykola #id:h.d37.8272
- else:
    Then he stops. "Has anyone asked you about me? Who comes to see me, what they carry? Anyone at all, a woman, a man from the commission, a friendly face?" You shake your head. "If anyone does," he says, "you carried bread. You never carried anything else in your life." # speaker: mykola #id:h.d37.94f3
}
* (truth) {knows_names} [Tell him: names. His among them #id:h.d37.e426]
    # clear
    "Names," you say. "Two columns. Some from the bread line. Yours." He closes his eyes. "Then now you're on it too," he says, "in a way. Forget them. You can't, I know. Then never say them." He says it the way he said "run" in the forest, once, when you were sixteen. #id:h.d37.7a6b
* (lied) {knows_names} [Say you saw nothing, and hold his eye #id:h.d37.6d9d]
    # clear
    "Nothing," you say. "Pencil. The light was bad." He holds your eye a long time. Then he nods. "Good," he says. "Keep saying that. Say it to me, say it to them, say it in your sleep." He knows you are lying. He is grateful for the lie, and it frightens him. #id:h.d37.546a
* (noone) {not knows_names} [Say no one has asked #id:h.d37.cae2]
    # clear
    "No one," you say. "I carry bread, like everyone." He laughs, short. "Good girl." Then he turns to face you. "I mean it. You never read a line. Whatever happens, you never read a line." You never did. It is strange how guilty it makes you feel to be told so. #id:h.d37.08f2
* (afraid) {not knows_names} [Ask him what he's afraid of #id:h.d37.23fe]
    # clear
    "What are you afraid of?" He looks at his hands. "Afterwards," he says. "Whatever it is, there's an afterwards, and in the afterwards they ask questions. I want you to have no answers. None. Not one." He says it so fiercely that you nod to make him stop. #id:h.d37.6c2f
-
# clear
He is quiet for a while, and then, without looking at you, he says the thing he came down off the roof to say. "If they ever come in," he says, "lie on the floor. Don't go out. Don't be brave. Promise me." He has never asked you for anything before, not once, not even in the forest. # speaker: mykola #id:h.d37.f0a5
* (crust) [Promise him # history: floor_promise #id:h.d37.dc92]
    ~ promised_mykola = true
    # clear
    "I promise," you say, and he nods, and you both know what a promise is worth here and make it anyway. He gives you a crust he has saved, wrapped in newspaper. You eat half of it walking back and keep the other half for Maia. #id:h.d37.38b5
* (both) [Promise, if he promises the same # history: floor_promise #id:h.d37.18f4]
    ~ promised_mykola = true
    # clear
    "You first," you say. He laughs. "I'm in the 3rd," he says, which is no answer, and is. In the end you both promise, and neither of you believes the other, and you carry his promise back to the women's zone in your fist. #id:h.d37.2bf4
* [Tell him you won't promise what you can't keep # history: floor_promise #id:h.d37.7a4f]
    # clear
    "I won't promise you that," you say. "I don't know what I'll do. Neither do you." He looks at you a long time, the look of a brother who lost an argument when you were nine. "Then be lucky," he says. "Be lucky, sestrychko. That will have to do." #id:h.d37.cf22
-
{ ties_underground >= 1:
    # clear
    At the gap he takes a folded square from inside his cap. "One more," he says. "Not to deliver. To keep. If they ever come in, it must not be found on anyone in the 3rd. Burn it, eat it, anything." {both:He has just promised to be careful. This is not careful.} {day_37.truth:"You know whose names go with it," he says. "So you know why."}{day_37.lied:"You saw nothing," he says, "so you'll see nothing in this."}{day_37.afraid:"Afterwards," he says. "Remember? This is for afterwards."}{day_37.noone:"No one has asked you," he says. "Keep it that way."} # speaker: mykola #id:h.d37.62b5
- else:
    # clear
    At the gap he hugs you, hard, and holds on a moment longer than usual. Over his shoulder you can see men on the roof of the next barrack, piling stones in a heap by the chimney. "For the rats," Mykola says, when he sees you looking, and lets you go.{day_37.afraid: Afterwards, he said. You look at the stones, and think about afterwards.}{day_37.noone: If anyone asks, you carry bread. You say it to yourself all the way back.} #id:h.d37.e0c3
}
* {ties_underground >= 1} [Take the paper and hide it in your shoe #id:h.d37.9205]
    # clear
    You put it in your shoe, the old place{carried == "names":; Father Ihor's list stays in your hem|}. He kisses the top of your head, as he did when you were small and he was already grown and going off to the forest. You walk back through the gap with the paper under your heel, like a stone you cannot shake out. #id:h.d37.3912
    ~ carried = "mykola_paper"
    ~ ties_up()
* {ties_underground >= 1} [Tell him you are done with papers #id:h.d37.dd86]
    # clear
    "I'm done," you say. He is silent a long moment, then puts the paper back in his cap. "Good," he says, and seems to mean it, and you cannot tell whether that makes it better or worse. He walks you to the gap and doesn't say goodbye. #id:h.d37.34d2
* {ties_underground == 0} [Walk back the long way, past the pickets #id:h.d37.1e6d]
    # clear
    You walk back the long way, along the barricades of the 3rd. The men there are younger than Mykola, and thinner, and they joke about the heat and the soup and the girls of the 1st lagpunkt, who are you. One of them whistles. You laugh, and are surprised that you still can. #id:h.d37.d516
* {ties_underground == 0} [Go straight back to Maia #id:h.d37.aab3]
    # clear
    You go straight back. Maia is asleep on her bunk in the middle of the day, which she never used to do. {crust:You leave the half crust by her hand, and sit|You sit} on your own bunk{both:, his promise and yours in your head, side by side,} and watch her breathe. Her hands, on the blanket, are an old woman's hands. #id:h.d37.e7c1
-
-> day_38

=== day_38 ===
~ day = 38
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: tech_rooms
Tuesday, 22 June. In the afternoon you take the mended shirts to the technical rooms. {married:Jonas is at the bench with a loudspeaker in pieces in front of him, and he stands up so fast the stool falls over. He is your husband; the men around him pretend to be very busy.|Jonas is at the bench with a loudspeaker in pieces in front of him. He looks up and smiles, and then looks down again very quickly.} #id:h.d38.383a
# clear
{jonas_want:{married:He has the drawing in his shirt pocket still, folded in four. "My mother's address is in my head," he says, "and her face. When letters go, this goes first." He taps the pocket. You taught that collar to lie flat; in the picture it does.|"The drawing came out," he says, and shows you: a young man in a turned collar, failing not to smile. "For my mother. When letters go." You turned that collar. You say nothing about it, and neither does he.}|{married:He is wearing the same frayed collar as always. "When this is over," he says, "I'll sit for my mother's picture in a shirt you made. Not before." It is the first time he has said "when this is over" to you.|His collar is frayed to the threads. He turns it inside when he sees you look, and talks about the amplifier instead, quickly, in words you don't know: valves, coils, a transformer he saved from the projectors. You let him.}} # speaker: jonas #id:h.d38.460c
# clear
# note: loudspeakers_radio
# crossing: c3b
# fact: c3b.tonight
# fact: c3b.settlement
"Tonight we say it to the soldiers," Jonas says. "That we're hungry. That the stores are nearly gone. That we ask for someone from the Central Committee and nothing else." He wipes the solder from his fingers. "They'll hear it on the towers. Whether it goes further, I don't know. Nothing we build reaches the settlement." # speaker: jonas #id:h.d38.84b1
# clear
# fact: c3b.wire
{married:He walks you out to the door, past the sign with the skull on it, and kisses you on the forehead in front of the technical men, who cheer. "Tonight, listen," he says. "When you hear it, that's my wire."|He walks you to the door, past the sign with the skull on it. "Tonight, listen," he says. "When you hear it, that's my wire." The technical men whistle behind him, and he goes red, and shuts the door on them.} # speaker: jonas #id:h.d38.2070
# clear
# place: women_zone
In the evening Aslan comes through the women's zone with a roll of string over his shoulder and nothing to tie it to. There is no paper left for kites. He stops by your step because he has news, and news is the one thing in the zone there is more of every day. #id:h.d38.529d
# clear
# note: sympathy_strike
"Rudnik has stopped work," Aslan says. "For us. The whole division." A driver told a picket, who told a man in the bathhouse queue, who told Aslan. By the time it reaches your barrack it will be two divisions, and a general will have come to beg. Aslan's eyes are bright with it. # speaker: aslan #id:h.d38.4523
* [Believe it, and carry it to the barrack # place: women_barrack #id:h.d38.b7e0]
    ~ spread_rumour = true
    # clear
    You carry it in like a loaf. Women sit up on their bunks. Someone starts to cry and then to laugh. For an hour the barrack is louder than it has been all week, and Maia, who has been a teacher all her life, says nothing at all. Oksana asks you to say it again, slowly. #id:h.d38.e6c7
    # clear
    By morning the rumour has grown in the night, like dough: two divisions, then three, then a general flying in to beg. A woman who has not got up for two days gets up. You watch her walk to the water tank on her own legs, and you cannot be sorry you carried it in. #id:h.d38.e49d
* [Ask him who actually saw it #id:h.d38.bb1c]
    # clear
    "Who saw it?" you ask. Aslan opens his mouth and shuts it. "A driver," he says. "Which driver?" He shrugs, offended, then grins. "You'd make a good investigator," he says. It is a joke, but it lands somewhere it shouldn't, and you both look away. #id:h.d38.3564
    # clear
    You keep it out of the barrack that night. Later, in the dark, you hear it come in anyway, through the window, from a woman who had it from a woman who had it from Aslan. The barrack sits up and cries and laughs. Maia turns over and looks at you, and you shrug. #id:h.d38.41d1
-
# clear
# note: last_ten_days
# discuss: rumour_strike
Whether anyone in another camp stopped work for you that week, no one in the zone can know. Rumours cross the wire easily, in both directions. Facts come slowly, and some of them take years to come, and some never come at all. #id:h.d38.97c7
-> day_39

=== day_39 ===
~ day = 39
~ time_of_day = "day"
~ weather = "dust"
~ hunger = true
# clear
# cn: hunger
Wednesday, 23 June. The next scene is about hunger. You can read it, or read a short summary; the choice that follows is the same either way. #id:h.d39.0677
* [Read the scene #id:h.d39.d733]
    -> hunger_scene
* [Read a short summary instead #id:h.d39.bcd1]
    -> hunger_summary

= hunger_scene
# clear
# place: women_barrack
By Wednesday bread is what you think about instead of words. {gentle:You are tired all the time, and slow on the steps.|Your gums ache, and when you stand up too fast the barrack tilts and goes grey at the edges.} Maia no longer saves the soft part of her bread for last. She no longer eats it at all. She gives it to Oksana, and says she isn't hungry. #id:h.d39.d327
# clear
{bread_given >= 1:On the tenth you gave Oksana a piece of yours, and on the night after, she tried to give it back. That piece is in your legs now, or rather it isn't: you feel the place where it should be every time you climb the step.|You have given no one your bread, not once, and you are as weak as the women who gave theirs away. Hunger keeps no accounts. It takes from everyone the same.} {health <= 4:Since Sunday you have had to sit down halfway to the water tank.} #id:h.d39.1924
-> bread

= hunger_summary
# clear
# place: women_barrack
# note: rations_hunger
In the last days of June the bread ration was small. The prisoners' own radio said they were starving; by the MVD's account the stores still held food. In this scene Maia, who is older than you, has begun to give her bread away. #id:h.d39.69a8
-> bread

= bread
# clear
At noon you hold your piece of bread in both hands: grey, heavy, a little damp in the middle, the best thing you own. Maia sits on her bunk with her hands in her lap. She is not looking at your bread. She is looking very carefully at the wall, at a crack in the whitewash, with great interest. #id:h.d39.c3cb
* [Give Maia half your bread #id:h.d39.e9b6]
    ~ health_down(1)
    ~ up(bread_given, 1, 3)
    # clear
    You break it and put half in her lap without a word. She looks at it, then at you, and you watch her decide not to argue, which costs her more than the bread costs you. You eat your half slowly. It tastes of nothing, and of everything. #id:h.d39.a21a
* (ate) [Eat it all. You will need your strength #id:h.d39.6925]
    # clear
    You eat it all, slowly, turned a little away. It is the right thing, you tell yourself: someone must be strong enough to carry water, to lift Maia if she falls. It may even be true. The bread tastes of the barrack, and of being watched. #id:h.d39.1281
-
# clear
# place: bakery
In the afternoon Vera comes to the barrack door with her hands under her apron. {told_stores:She looks at the bag on the nail, empty now, and then at Maia.|She looks along the bunks and finds Maia.} She takes out a heel of bread, hard as wood. "Mine," she says. "Not the store's. Mine. The rule is the same for everyone. So is this." # speaker: vera #id:h.d39.7f1f
# clear
She puts it in Maia's hands and goes before anyone can thank her. Maia holds it for a long time. "A woman who has counted every crumb for a month," she says, "and gives away her own. I used to teach that to children as arithmetic." She breaks it in two, and gives half to Oksana. # speaker: maia #id:h.d39.d89a
# clear
Oksana eats it without a word, in small bites, her back to the barrack. Then she comes and sits at the end of your bunk, as she did in the first week. {helped_leaver:"You walked me to the wire," she says. "Vera gave Maia bread. Everybody gives something." She sounds surprised.|"I'm sorry," she says, to her knees, and you don't know for what. You don't ask.} #id:h.d39.38a6
# clear
At dusk you climb the step to the door, and halfway up your legs stop, simply stop, and you have to sit. {ate:You ate the whole piece at noon, and still they stop. Hunger takes its share whatever you do.|The half you gave Maia at noon is in your legs: you can feel exactly where it would have been.} Maia sits down beside you. Neither of you can get up for a while. #id:h.d39.a8fb
# clear
The first searchlight of the evening comes over the roofs and finds you both there, two women sitting on a step with their hands in their laps, and moves on. Somewhere behind the barracks Oksana is singing to herself, very quietly, the song about the well. #id:h.d39.babc
-> day_40

=== day_40 ===
~ day = 40
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: women_barrack
Thursday, 24 June. In the evening the women's representatives go from barrack to barrack with a sheet of paper asking for night hands. The nights are short now. The light is not gone until nine, and by four the sky will start to pale. But the dark between is long enough for anything. #id:h.d40.9661
# clear
All day the zone has moved slowly, the way a sick house moves. The men on the barricades sit more than they stand. The kitchen queue is quiet. Vera's oven smokes once, at noon, and the whole zone turns its head towards the smell, and then away. {health <= 4:You sat down twice on the way to the water tank, and the second time you stayed sitting.} #id:h.d40.5869
# clear
# note: defence_pickets
The list is in Stefa's square capitals, on the back of an old work-roll: #id:h.d40.3ef7
PICKETS, THE GUARDHOUSE BARRICADE: WATER, AND EYES. #id:h.d40.80c9
THE BAKERY, WITH VERA: HANDS TO KNEAD, SO THERE IS BREAD AT DAWN. #id:h.d40.c74c
THE HOSPITAL: WOMEN TO SIT WITH THE SICK. #id:h.d40.c17d
THE BARRACK: THE DOOR WATCH, AND THE OLD. #id:h.d40.16a5
# clear
{spread_rumour:Before you can read it twice, a woman at the door asks you whether the Rudnik men are still out. You told the barrack so, two nights ago. "I don't know," you say. It sounds, even to you, like taking something back.|A woman at the door says the Rudnik men are still out, for us. You don't know where she had it. You don't ask. You let her have it.} {told_stores:Stefa says Vera asked for you by name, for the bakery.|Stefa says the bakery is short of hands.} #id:h.d40.acfe
# clear
Maia has a scrap of paper folded in four. "An address," she says. "In Tartu. My people." She does not say in case of what, and you do not ask. Around you the choir women are arguing about who sleeps by the window, and it is the most ordinary sound in the world. # speaker: maia #id:h.d40.6055
* (by_heart) [Learn it by heart, and give it back #id:h.d40.bae5]
    # clear
    You read it three times and say it back to her twice: street, house, the name of a woman you will never meet. Then you give her the paper. "Paper gets searched," you say. "Heads don't, yet." Maia gives you the look she keeps for a pupil who has understood too much. #id:h.d40.a3c7
    ~ carried = "maia_paper"
* (herself) [Tell her she'll write there herself #id:h.d40.77b5]
    # clear
    "You'll write there yourself," you say, "from home." Maia is still for a moment, then folds the paper away in her sleeve. "Of course," she says. "From home." Neither of you believes it, and neither of you says so, which is a kind of kindness too. #id:h.d40.0eaf
-
# clear
Stefa is waiting at the door with the list and a pencil stub. {helped_leaver:Oksana has already put her name down for the door watch, next to yours if you want it. She says it to your face.|Oksana has already said she will stay in, and looked at the floor while she said it.} Maia pulls her blanket up. "Wherever you go," she says, "take your jacket. It is cold before dawn, even in June." # speaker: maia #id:h.d40.e5bd
* [Write your name under THE BARRACK # place: women_barrack # history: night_duties #id:h.d40.e767]
    ~ position = "barrack"
    # clear
    You stay. Someone must, you tell yourself, and Maia needs her blanket straightened twice a night and her water within reach. You lie listening to the barrack breathe: the coughing, the boards, the wind, and now and then a boot on the gravel outside, where the women's watch walks. #id:h.d40.a4e5
* [Write your name under THE BAKERY # place: bakery # history: night_duties #id:h.d40.5c02]
    ~ position = "kitchen"
    # clear
    You go to the bakery after dark. Vera shows you the last sacks without a word and lets you work the dough beside her, your arms in it to the elbow. The heat of the oven is a kind of food. You sleep in snatches on the empty sacks{role == "kitchen":, as you have before}. #id:h.d40.bf21
* [Write your name under THE HOSPITAL # place: hospital # history: night_duties #id:h.d40.3728]
    ~ position = "hospital"
    # clear
    You go to the hospital after dark. The doctor gives you a chair by the door, a basin, and the names of three men who might not last the night. All three do. You count it as a victory, and are ashamed of how small a victory it is. #id:h.d40.9fea
* [Write your name under PICKETS # place: guardhouse # history: night_duties #id:h.d40.430c]
    ~ position = "gate"
    # clear
    You carry buckets to the barricades after dark, back and forth until your arms stop feeling like arms. The boys behind the saman know your step now. {orlov >= 2:Some time after midnight a cigarette glows beyond the wire, and a voice asks whether that is the sister with the water. You say it is.|Some time after midnight a cigarette glows beyond the wire, and goes out. You find that you look for it.} #id:h.d40.545f
-
# clear
{by_heart:Before you go out, or lie down, Maia makes you say the address once more, in a whisper: street, house, the woman's name. You have it. "Good," she says. "Now it can't be searched."|Before you go out, or lie down, you see Maia take the paper from her sleeve and read it by the last light, her lips moving, and put it back.} Outside, the searchlight comes round, and goes. #id:h.d40.816e
-> day_41

=== day_41 ===
~ day = 41
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: women_barrack
Friday, 25 June. The heat goes out of the day early, as tired as everyone else. You wash your face, and put on the vyshyvanka you finished in the workshop in May, from thread ends and patience: red and black at the collar, like your mother's. Maia raises an eyebrow and asks nothing. It is Friday evening, and that is reason enough. #id:h.d41.c76c
# clear
{hem_letter:When you pull your jacket on over it, the hem knocks against your knee: the letter to your mother, there since Tuesday of last week, folded small. For when letters go.|Your jacket hangs on the nail, lighter than it was in May. You put it on anyway. Maia said to take it, and it is cold before dawn. The elbows are darned in three colours of thread, all of them yours.} {carried == "names":{hem_letter:Beside the letter|In the hem} is Father Ihor's list, which you try not to think about.}{carried == "mykola_paper":In your shoe is Mykola's square of paper, which you try not to think about.} #id:h.d41.ba10
# clear
There are an hour or two of light left. The zone is quiet in the way of a Friday at home, when the work is done and Sunday has not yet begun. Maia is on the step. The choir is tuning up. {first_evening == "mykola":On Tuesday last week you went to Mykola.}{first_evening == "jonas":On Tuesday last week you went to Jonas.}{first_evening == "maia":On Tuesday last week you sat here with Maia.} Tonight you know where you want to be. #id:h.d41.5c3c
* [Go to Mykola in the 3rd lagpunkt # place: lagpunkt_3 #id:h.d41.ad50]
    -> with_mykola
* {married} [Go to Jonas, your husband # place: lagpunkt_3 #id:h.d41.3dd8]
    -> with_jonas
* {not married && bond_jonas >= 2} [Go and find Jonas # place: lagpunkt_3 #id:h.d41.86cf]
    -> with_jonas
* [Stay with Maia and the choir # place: women_barrack #id:h.d41.f496]
    -> with_maia

= with_mykola
# clear
# place: mykola_barrack
Mykola is on the roof of his barrack with two other men, watching the steppe go violet. He pulls you up beside him{mykola_hurt:, then has to sit, his leg out straight, breathing through his teeth|}. From up here the whole camp is one long rectangle: the women's zone, the service yard, the two men's zones, the prison. Inside it, for once, no one is shouting. #id:h.d41.8cce
# clear
"Look at it," Mykola says. "Six weeks ago I couldn't cross that wall to see you." He names the barracks for you like the fields at home. {ties_underground >= 2:He doesn't speak of the Center, and you don't ask.} {promised_mykola:"You remember what you promised," he says, not a question.|"You never promised me," he says. "On Monday. I noticed."} # speaker: mykola #id:h.d41.668f
* (again) {promised_mykola} [Say it again: the floor, not brave #id:h.d41.e689]
    # clear
    "The floor," you say. "Not brave." He nods, satisfied, and you sit there side by side until the light goes, shoulder to shoulder, the way you sat on the woodpile at home while your mother called you both in and neither of you moved. #id:h.d41.5a87
* (lucky) {promised_mykola} [Ask what he promised you #id:h.d41.2e75]
    # clear
    "And you?" you ask. "What did you promise?" He grins. "To be lucky," he says. He won't say more. You sit side by side until the light goes, shoulder to shoulder, the way you sat on the woodpile at home when your mother called. #id:h.d41.5ea1
* {not promised_mykola} [Promise him now, on the roof #id:h.d41.74bc]
    ~ promised_mykola = true
    # clear
    "I promise," you say. "The floor. Not brave." He lets out a breath you didn't know he was holding. "Good," he says. "Now I can sleep." You sit side by side until the light goes, the way you sat on the woodpile at home while your mother called. #id:h.d41.f1cc
* {not promised_mykola} [Still no. You'll do what you must #id:h.d41.88e9]
    # clear
    "No," you say. "I'll do what I have to do. Like you." He is quiet. Then he laughs, and puts his arm round you, and says you were always the stubborn one, and you sit side by side until the light goes, the way you sat on the woodpile at home. #id:h.d41.1310
- When it gets dark he walks you back to the gap, and holds on a moment longer than usual. #id:h.d41.fbc0
-> orlov_scene

= with_jonas
# clear
{ married:
    Jonas has a tin cup of the café's "coffee", whatever it is made of, and carries it across the zone for you without spilling a drop. You share it on the step of his barrack while men pretend not to look at a married couple. He notices the embroidery at your collar and touches it with one finger. #id:h.d41.aece
- else:
    Jonas is waiting by the gap in the wall, by accident, he says, which it isn't. You walk the length of the zone together, slowly, the way people walk home after Mass. He notices the embroidery at your collar and says it is beautiful, then goes red to the ears. #id:h.d41.b8a7
}
# clear
# crossing: c4c
# fact: c4c.letter
He has a letter in his shirt, folded round something stiff. "For my mother," he says. "In Lithuanian; you can't read it, and that's better. {jonas_want:The drawing is in it.|There's a lock of hair in it. It's all I have to send.} When letters go, would you..." He stops. "A woman's things are searched less. Or so they say." # speaker: jonas #id:h.d41.5a8a
* [Take his letter and keep it for him #id:h.d41.ac79]
    ~ carried = "jonas_letter"
    # clear
    You take it, warm from his shirt, and put it inside your blouse, against the embroidery. "Until letters go," you say. {married:"Until then," he says, and it sounds like a vow, the second he has made you.|He goes quiet, like a man who has been promised more than he asked for. Perhaps he has.} #id:h.d41.da17
* [Tell him to send it himself #id:h.d41.8aba]
    # clear
    "You'll send it yourself," you say. "With your own hands, from here, when the post comes back." He puts it away again, slowly. "All right," he says. "From here." He believes you, or wants to, and for the rest of the walk he talks about the post office in Kaunas. #id:h.d41.3d31
-
# clear
{ married:
    "At home," he says, "we would have a house by now." "Tell me about it," you say. He tells you: the stove, the window, where the table goes. You argue about the table. It is the best argument you have ever had. At dark he walks you back towards the women's zone. #id:h.d41.67ca
- else:
    He tells you the whole plot of a book he read at fifteen, and you let him. At the edge of the women's zone he stops. "Tomorrow," he says, "I'll tell you the next one." You tell him you will hold him to it, and he laughs, and walks you on. #id:h.d41.eb67
}
-> orlov_scene

= with_maia
# clear
# place: women_barrack
You stay. The choir sits out on the step and sings softly, because the whole zone can hear: the songs of home, then an Estonian one Maia teaches you, then a Lithuanian one that someone knows half of. {helped_leaver:Oksana sings beside you, loud and out of tune, and doesn't care.|Oksana sings too, for the first time since you have known her.} #id:h.d41.4bdd
# clear
{wish == "lasts":"You asked that it last," Maia says when the song ends. "Look. It has, for tonight."|{wish == "ends":"You wanted it to end," Maia says when the song ends. "Any way at all. Do you still?" You don't answer.|{wish == "people":"You prayed they'd come through," Maia says when the song ends. "So far they have. Count them."|"Look at them," Maia says when the song ends. "Singing on a step, behind wire. Remember it."}}} She puts her hand on your knee. "You have a good voice," she says. "Don't waste it shouting." # speaker: maia #id:h.d41.140a
* (enough) [Sing her the Estonian word for "enough" #id:h.d41.2c3e]
    # clear
    You sing it to her, the word she taught you on the step, and get it wrong again, and she laughs until she has to wipe her eyes. It is the nearest thing to a blessing you have ever had from her. You sit together until the stars come out. #id:h.d41.5fa7
* [Ask her what she wished for, all those years #id:h.d41.b887]
    # clear
    "What did you wish for?" you ask. "In the classroom. Before." Maia thinks. "That one of them would remember me," she says. "Not the grammar. Me." She glances sideways. "I have one now, it seems." You sit together until the stars come out. #id:h.d41.288c
-
-> orlov_scene

= orlov_scene
~ time_of_day = "night"
# clear
# place: guardhouse
{day_41.with_maia:Later, when the choir has gone in, you carry the evening's last bucket to the barricade by the guardhouse. The boys there|On the way back, at the corner by the guardhouse, the boys on the barricade} are laughing at something beyond the wire. A cigarette glows. Lieutenant Orlov's voice comes over the fire zone, {orlov >= 2:and stops when he hears your step. "Sister with the water? Is that you?"|talking football to the pickets, as most nights.} # speaker: orlov #id:h.d41.64d8
# clear
# speaker: orlov
{
- orlov >= 3:
    "Listen," he says. "Sister. Tonight, don't carry water. Stay in. Sleep in your own bed for once." His voice is wrong: not bored, not friendly. "Have you anyone in the 3rd? Tell them..." Behind him another voice says something short, an order, and he stops. #id:h.d41.09a0
- orlov == 2:
    "Go to bed early tonight, sister," he says. "You and your buckets. Sleep." It is a strange thing for him to say, and he hears that it is. "The water will keep," he adds, too quickly. Behind him another voice says something short, and he stops. #id:h.d41.b14f
- else:
    "Pickets," he calls, "go to sleep, you look terrible." The boys jeer. "I mean it," he says, and then, to someone behind him, "Nothing. I'm talking to the wall." A torch moves on the other side. The cigarette goes out. #id:h.d41.cdb5
}
* (asked_orlov) [Call to him: "What do you mean?" #id:h.d41.bfef]
    # clear
    "What do you mean?" you call. The searchlight comes round. In its edge you see him for the first time: a thin young man without a cap, looking at the ground. "That there's football on Sunday," he says at last, in his ordinary voice. "Good night, sister." And he is gone. #id:h.d41.ee74
* [Say good night and walk on #id:h.d41.c2f3]
    # clear
    "Good night, lieutenant," you say, and walk on. Behind you the boys go on laughing at him. You think, for two steps, that something was wrong with his voice. Then you think about the bread for tomorrow, and the thought goes wherever such thoughts go. #id:h.d41.0a9c
-
# clear
# note: june25_decorations
That same day, outside the zone, two generals of the commission have been given medals for long service: the Order of the Red Banner and the Order of Lenin. In the evening a telegram from Moscow tells one of them to use all possible means. No one in the zone knows any of this. #id:h.d41.442f
-> night

= night
# clear
Eleven o'clock. The barrack settles: coughing, a whisper, someone turning and turning on the boards. {position == "kitchen":Vera will be lighting the oven soon.}{position == "hospital":The night shift at the hospital has begun.}{position == "gate":The pickets will want water before dawn.}{day_41.orlov_scene.asked_orlov: Football on Sunday, you think.} Outside, the women's watch is changing. A head comes round the door: they are one short for the last watch. #id:h.d41.6ee9
* {position == "kitchen"} [Go to the bakery, as you promised Vera # place: bakery # history: where_at_night #id:h.d41.8f38]
    # clear
    You cross the dark service yard to the bakery. Vera has the fire going and flour to the elbows. "The last of it," she says, meaning the flour, and you both pretend she means nothing else. You knead until your arms ache, then sit on a sack to wait for the dough. #id:h.d41.37a5
* {position == "hospital"} [Go to the hospital, as you promised # place: hospital # history: where_at_night #id:h.d41.697a]
    # clear
    You walk to the hospital through the service yard, past the dark workshop where you used to sew tunics. The ward smells of boiled cloth. The doctor nods you to your chair by the door. A man by the window asks for water, and you bring it to him. #id:h.d41.27b8
* {position == "gate"} [Go to the pickets, as you promised # place: guardhouse # history: where_at_night #id:h.d41.a11f]
    # clear
    You fill two buckets and carry them to the barricade. The boys are the same two as last week; one is asleep sitting up. Beyond the wire there is no cigarette tonight{day_41.orlov_scene.asked_orlov:, for all that you look}. You sit down with your back against the saman to wait for the light. #id:h.d41.3c82
* {position != "kitchen" && position != "hospital" && position != "gate"} [Sleep here beside Maia, as you planned # place: women_barrack # history: where_at_night #id:h.d41.c957]
    ~ position = "barrack"
    # clear
    You lie down beside Maia in the vyshyvanka, too tired to take it off. She is already asleep, or pretending. The barrack breathes around you: the boards, the wind, a boot outside now and then. You fall asleep counting the women's breaths, the way you used to count sheep. #id:h.d41.0b98
* [Take the last watch outside # place: women_zone # history: where_at_night #id:h.d41.ba0a]
    ~ position = "street"
    # clear
    You take your jacket and go out. Two women from the next barrack are on the step with their knees drawn up. The sky is enormous. You sit between them, shoulder to shoulder, and the three of you talk in whispers about food until none of you can bear it. #id:h.d41.7e0f
* {position == "kitchen" || position == "hospital" || position == "gate"} [Stay in tonight, beside Maia # place: women_barrack # history: where_at_night #id:h.d41.b0b2]
    ~ position = "barrack"
    # clear
    You send word that you are not coming. Someone else will carry the water, knead the dough, sit with the sick. Tonight you lie down beside Maia in the vyshyvanka. She doesn't ask why. She only moves over on the boards to make room for you. #id:h.d41.c444
-
# clear
One o'clock. {position == "street":The step is cold through your skirt. One of the women has fallen asleep against your shoulder, her mouth open, her hand still closed round a crust she is saving.|{position == "kitchen":The first dough is rising under cloths. Vera sleeps sitting up on an upturned bucket, her floury hands open in her lap. You let her sleep, and watch the oven for her.|{position == "hospital":The man by the window sleeps at last. The doctor writes in a notebook by a lamp turned very low, and you can hear the pencil. Outside, the searchlight comes and goes.|{day_41.with_maia.enough:The Estonian word for enough goes round and round in your head. }{position == "gate":One of the boys wakes and takes the iron bar across his knees again. You give him water. He drinks it all and says it is the best water in the camp.|Maia turns in her sleep and her hand finds your sleeve and holds it. Across the gangway Oksana is awake; you can tell by the way she lies.}}}} #id:h.d41.81aa
# clear
{promised_mykola:Two o'clock. You think of Mykola on the roof, and of the floor, and of what you promised him. It is an easy promise on a quiet night.{day_41.with_mykola.again: You said it twice; it is yours now.}{day_41.with_mykola.lucky: And his: to be lucky.}|Two o'clock. You think of Mykola on the roof, and of the promise you never gave him. On a quiet night it seems a small thing.} {carried == "names":The names in your hem are in your head as well; you say them over, once, to the dark.}{carried == "mykola_paper":Mykola's square of paper is in your shoe. Burn it, eat it, anything.}{carried == "maia_paper":Maia's address is in your head: street, house, a woman you will never meet.}{carried == "jonas_letter":Jonas's letter is warm against your ribs, in a language you can't read.}{carried == "none":Your hands are empty. You fold them on your chest.} The searchlight goes over, and over. Tomorrow is Saturday. #id:h.d41.dbee
-> day_42
