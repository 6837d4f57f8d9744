// Halyna, Act IV "The siege": day_31 to day_41 (15-25 June 1954).
// History: fact base §3.2 (15 June to 25 June), addendum §1, §5, §14. The prisoners do not know
// that tanks are coming; the narrator says so only in asides that carry a note.
// Globals changed here (kept few, so the exhaustive test stays small):
//   day 36: health_down(1) on every path (the food runs out), after the first line, not at the
//           hub top: the explorer and the save checkpoint snapshot a day after its hub's first
//           statements, so a change there would be applied twice when a day is replayed;
//   day 37: ties_up() if she takes Mykola's paper (only offered when ties_underground >= 1);
//   day 39: health_down(1) if she gives Maia half her bread;
//   day 40: position (her night post); day 41: position (where she is at 03:30).

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
Tuesday. The heat is on the roofs before the sun is fully up. You cut the day's bread into three with a thread pulled from your hem: morning, noon, night. Five hundred grams looks like more when it is cut. Maia eats her crust first. "So the best part is last," she says, as she says every day. # speaker: maia
# clear
{
- role == "kitchen":
    In the kitchen Vera ladles soup that is mostly water, counting the ladles under her breath. Everyone gets the same, pickets and commission alike: the commission's rule, and hers. When you glance at the sacks along the wall, she shakes her head before you can ask. # place: bakery
- role == "hospital":
    In the hospital there is still nothing to give but water, clean cloths and company. The doctor, a prisoner like you, boils the same bandages again. A man from the 3rd lagpunkt with a fever asks you to sit with him. You sit until he sleeps. # place: hospital
- role == "sewing":
    In the workshop the machines that once sewed officers' tunics are mending prisoners' jackets now: elbows, collars, the knees of the men on the pickets. Nobody counts your work. You find you sew better for it, and that you sing under your breath while you do. # place: sewing_workshop
- role == "messenger":
    You spend the morning walking: a folded paper from the women's representatives to the commission, an answer back, a question about soap. Men on the roofs wave as you pass. Everyone knows your face now. You are not sure you like that. # place: women_zone
- else:
    You spend the morning at the washing troughs by the bathhouse with the other women, scrubbing shirts in water that is already grey. Nobody orders you there. The work gets done anyway, and the shirts dry stiff in an hour on the barrack wall. # place: bathhouse
}
# clear
At midday, in the strip of shade along the barrack, Oksana sits with a pencil stub and a page torn from somewhere. She wants to write home. Nothing has gone out through the gate for weeks, and nothing will. She asks you whether it is foolish to write anyway.
* [Write yours too, beside her]
    You write to your mother on the back of Oksana's page: the heat, the choir, that you are eating. Two small lies and one truth. You fold it very small and sew it into the hem of your jacket, where the thread for the bread came from.
* [Tell her to keep the paper for later]
    Oksana folds the paper away. "For later," she says, and does not say later than what. You think of the letters you were allowed before: so few, so short, read by strangers first. In the evening you see her writing anyway, her back to you.
-
# clear
In the evening the zone breathes out. Men and women walk the paths between the barracks as if it were a town. Someone near the bathhouse is playing a mandolin, badly, and people are singing along, worse. You have an hour before dark, and the whole zone to spend it in.
* [Go to the 3rd lagpunkt to find Mykola # place: lagpunkt_3]
    You find Mykola on the step of his barrack{mykola_hurt:, still careful with himself since May,} sharing one cigarette three ways. He makes room for you. You talk about nothing: the heat, the old dog in your village that used to steal eggs. He laughs so hard he coughs. You will remember the laugh.
* {married} [Find Jonas, your husband # place: tech_rooms]
    Jonas is outside the technical rooms with solder burns on his fingers. You walk the length of the zone with him, slowly, your arm in his, and nobody stares any more: a wedding is an ordinary thing here now. He explains what a valve is for. You watch him explain.
* {not married && bond_jonas >= 2} [Walk with Jonas along the old wall # place: women_zone]
    Jonas walks beside you along the line where the wall was, broken down now to knee height. He talks about Kaunas, the river, a bookshop. You talk about the orchard at home. When your hands touch, neither of you moves away, and neither of you says a word about it.
* [Sit on the step with Maia # place: women_barrack]
    You sit with Maia on the barrack step while the light goes. She teaches you the Estonian for "evening", for "bread", for "enough". You get them all wrong. She corrects you as if you were eleven and she were back in her classroom, and you both enjoy it more than you say.
-
# clear
# note: june15_tanks
# discuss: what_they_knew
It is an ordinary evening, as far as anyone in the zone can tell. Far away in Moscow, this same day, the Minister of Internal Affairs has sent a telegram to the general who leads the commission outside your gate. Nobody in the zone will ever read it.
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
At noon the soup is thinner than yesterday's. Nobody says so. In the queue the women look into each other's bowls and then away, as if they had seen something private. The bread is still bread. You eat yours standing up, slowly, the way Maia taught you.
# clear
# place: bakery
Vera finds you at the washing trough and speaks low, drying her hands on her apron again and again. The stores are going down faster than anyone says. The commission knows. "Your barrack listens to you," she says. "Tell them to put something by. Or don't. I only know what I count." # speaker: vera
* [Tell the barrack what Vera counted # place: women_barrack]
    That night you tell them, plainly, sitting on the edge of your bunk. Nobody cries. Stefa, whom the barrack chose to speak for it, takes a twist of sugar from her own mattress and holds it up. By morning a cloth bag hangs from a nail by the door, with things in it.
* [Keep it to yourself for now # place: women_barrack]
    You say nothing. In the dark you lie awake doing sums: grams, days, mouths. From the next bunk Maia, who misses nothing, says quietly, "You've heard something." You tell her it is the heat keeping you awake. She lets you keep the lie, which is its own kind of answer.
-
-> day_33

=== day_33 ===
~ day = 33
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: women_zone
# speaker: loudspeaker
At seven the authorities' loudspeakers start up from the poles beyond the wire. Coal trains standing unloaded. Ore waiting at the plant. Go back to work, the voice says, as it says every day. Then the gramophone record, the same one, again and again, until you could hum it in your sleep and hate yourself for knowing the tune.
# clear
Oksana sits on the step and listens to every word of it, her lips moving. {helped_leaver: Since the night at the wire she has kept close to you.|Since that night she has hardly spoken to you.} A woman from the next barrack watches her, and says loudly, to nobody, that some people would run to the bosses if the gate opened a crack.
* [Tell the woman to mind her tongue]
    "Mind your tongue," you say. "We're all hungry, and none of us has gone anywhere." The woman shrugs and walks off. Oksana doesn't thank you. But at supper she sits down next to you{helped_leaver:, as she has since the wire|, for the first time since that night}, and nobody says a word about it.
* [Let it pass]
    You let it pass. It is only words, and words are what the zone is made of now: the loudspeakers', the commission's, the women's. Oksana gets up and goes inside. Later you find her lying with her face to the wall and her bundle, tied again, under her head.
-
-> day_34

=== day_34 ===
~ day = 34
~ time_of_day = "night"
~ weather = "clear"
~ hunger = true
# clear
# place: guardhouse
After dark you carry a bucket of water to the barricade before the guardhouse: saman bricks from the broken walls, piled chest-high. Two boys from the defence brigade sit behind it with iron bars across their knees. Beyond the wire a cigarette glows, and a voice calls across the fire zone: "Water? Lucky boys."
# clear
# speaker: orlov
"They told us you're all bandits in there," the voice calls, almost friendly. The boys say he is a lieutenant called Orlov; he comes most nights, when the officers are asleep. "Bandits, and worse. Is it true you have weddings?" He sounds young, and bored, and not sure of anything at all.
* [Call back that you are a seamstress # place: guardhouse]
    "I sew," you call. "Your officers' tunics, four years of them." A pause. Then he laughs, not unkindly. "Then maybe you sewed mine." One of the boys hisses at you to be quiet. The cigarette goes out, and after a while you hear him walk away along the wire.
* [Say nothing, and take the bucket back # place: women_zone]
    You pick up the empty bucket and go. Behind you the boys answer him for you, loud and rude, and he answers back, and for a minute it is almost like boys shouting across the river at home. Then a searchlight swings over the barricade, and everyone is quiet.
-
-> day_35

=== day_35 ===
~ day = 35
~ time_of_day = "evening"
~ weather = "dust"
~ hunger = true
# clear
# place: women_zone
On Saturday evening the prisoners' own loudspeaker clicks and hums, and the voice that comes out is not the announcer's. Someone says, "It's Kuznetsov." Women come out of the barracks, drying their hands. The chairman of the commission does not often speak to all of you at once.
* [Go out to the loudspeaker with the others # place: women_zone]
    You stand in the crowd under the pole, close enough to feel the women's shoulders on either side of you. Dust blows along the path. Nobody talks. The voice on the wire is flat and careful, like a man reading out a report about somebody else.
* [Listen from your bunk # place: women_barrack]
    You stay on your bunk with your face to the wall. Through the open door the voice comes in broken, the wind taking every third word. Maia sits up on the next bunk and does not pretend to be asleep. Neither of you moves until it is over.
-
# clear
# speaker: kuznetsov
# note: last_ten_days
# discuss: kuznetsov_broadcast
He is speaking about his family: about how it was destroyed. That is all you will remember afterwards, when people ask, and all anyone will be able to tell them. Not his words. Only that he said it, over the wire, to all of you at once.
# clear
Afterwards Maia says, "Why tell us that? Why now?" She is not being unkind. She is asking what you are asking, and what half the zone is asking on the paths, in low voices, as the dust settles and the light goes brown and then grey. # speaker: maia
* [Because he has nothing left to lose either]
    "Because he has nothing left to lose," you say. "Like us." Maia is quiet a long time. "That is what frightens me," she says at last. "People with nothing left to lose are very brave. And very dangerous to the people who love them."
* [So we remember he is one of us]
    "So we remember he's one of us," you say. "Not a colonel. A prisoner, like you and me." Maia nods slowly. "Yes," she says. "Perhaps that is it. Or perhaps he only needed to say it aloud, once, to somebody."
* [I don't know. I don't want to know]
    "I don't know," you say. "I don't want to know." Maia reaches across the gap between the bunks and takes your hand, and holds it, the way she must once have held a frightened pupil's on the first day of school, until you both fall asleep.
-
-> day_36

=== day_36 ===
~ day = 36
~ time_of_day = "day"
~ weather = "heat"
~ hunger = true
# clear
# place: women_barrack
On Sunday Father Ihor says the service in the drying room, the coolest place in the women's zone. His stole is a towel the sewing women embroidered for him. Fifty women kneel on the boards, more. There is less in everyone's bowl each day now, and the hymns take more breath than they used to.
~ health_down(1)
# clear
Before the end he reads the names of the dead of May, those he knows, and asks whoever knows others to say them aloud. The room goes very still. You know one name he hasn't read: a man who mended the barrack stoves, shot in the service yard. Nobody else seems to know it. # speaker: ihor
* [Say his name aloud]
    You say it. Your voice comes out thin and too loud in the stillness, and your knees shake, from fear or from the bread you haven't had. Then another woman says a name, and another, and the choir begins "Vichnaia pamiat" without being asked, and you sing with them.
* [Whisper it to Father Ihor afterwards]
    You keep it in your mouth until the end. Afterwards you whisper it to Father Ihor at the door. He repeats it carefully, to be sure he has it right, and writes it inside his cuff with a pencil stub. "Next Sunday," he says. "In front of everyone."
-
-> day_37

=== day_37 ===
~ day = 37
~ time_of_day = "day"
~ weather = "wind"
~ hunger = true
# clear
# place: lagpunkt_3
You go to the 3rd lagpunkt at noon, through the gap where the wall was. Men are carrying saman bricks to the barricades, slowly, in the heat, two at a time where it used to be four. Mykola sees you from the roof of his barrack and climbs down{mykola_hurt:, more carefully than you like}.
# clear
# place: mykola_barrack
{ ties_underground >= 1:
    He walks you behind the barrack, where nobody is, and takes a folded paper from inside his cap. It is for a woman in the hospital; you know which. "One more," he says. "Then you're done, I promise." He has said this before. He looks thinner than you, if that is possible. # speaker: mykola
- else:
    He sits with you in the shade and talks about nothing, and then, without looking at you, about something. "If they ever come in," he says, "lie on the floor. Don't go out. Don't be brave. Promise me." He has never asked you for anything before. # speaker: mykola
}
* {ties_underground >= 1} [Take the paper, as before]
    ~ ties_up()
    You put it in your shoe. He kisses the top of your head, as he did when you were small and he was already grown and going off to the forest. You walk back through the gap with the paper under your heel, like a stone you cannot shake out.
* {ties_underground >= 1} [Tell him you are done with this]
    "I'm done," you say. He looks at you a long moment and puts the paper back in his cap. "Good," he says, and seems to mean it, and you cannot tell whether that makes it better or worse. He walks you back to the gap and doesn't say goodbye.
* {ties_underground == 0} [Promise him]
    "I promise," you say, and he nods, and you both know what a promise is worth here and make it anyway. He gives you a crust he has saved, wrapped in newspaper. You eat half of it walking back and keep the other half for Maia.
* {ties_underground == 0} [Make him promise the same]
    "You first," you say. He laughs. "I'm in the 3rd," he says, as if that were an answer. Maybe it is. In the end you both promise, and neither of you believes the other, and you walk back to the women's zone with his promise in your fist.
-
-> day_38

=== day_38 ===
~ day = 38
~ time_of_day = "evening"
~ weather = "heat"
~ hunger = true
# clear
# place: women_zone
In the evening Aslan comes through the women's zone with a roll of string over his shoulder and nothing to tie it to. There is no paper left for kites. He stops by your step because he has news, and news is the one thing in the zone there is more of every day.
# clear
"Rudnik has stopped work," Aslan says. "For us. The whole division." A driver told a picket, who told a man in the bathhouse queue, who told Aslan. By the time it reaches your barrack it will be two divisions, and a general will have come to beg. Aslan's eyes are bright with it. # speaker: aslan
* [Believe it, and carry it to the barrack # place: women_barrack]
    You carry it in like a loaf. Women sit up on their bunks. Someone starts to cry and then to laugh. For an hour the barrack is louder than it has been all week, and Maia, who has been a teacher all her life, says nothing at all.
* [Ask him who actually saw it]
    "Who saw it?" you ask. Aslan opens his mouth and shuts it. "A driver," he says. "Which driver?" He shrugs, offended, then grins. "You'd make a good investigator," he says. It is a joke, but it lands somewhere it shouldn't, and you both look away.
-
# clear
# note: last_ten_days
# discuss: rumour_strike
Whether anyone in another camp stopped work for you that week, nobody in the zone can know. Rumours cross the wire easily, in both directions. Facts come slowly, and some of them take years to come, and some never come at all.
-> day_39

=== day_39 ===
~ day = 39
~ time_of_day = "day"
~ weather = "dust"
~ hunger = true
# clear
# cn: hunger
The next scene is about hunger in the last days of the uprising. You can read it, or read a short summary; the choice that follows is the same either way.
* [Read the scene]
    -> hunger_scene
* [Read a short summary instead]
    -> hunger_summary

= hunger_scene
# clear
# place: women_barrack
By Wednesday bread is what you think about instead of words. {gentle: You are tired all the time, and slow on the steps.|Your gums ache, and when you stand up too fast the barrack tilts and goes grey at the edges.} Maia no longer saves the soft part of her bread for last. She no longer eats it at all. She gives it to Oksana, and says she isn't hungry.
-> bread

= hunger_summary
# clear
# place: women_barrack
# note: last_ten_days
In the last days of June the bread ration was small, and the prisoners' own radio said they were starving. Sources disagree about how much was left in the stores. In this scene Maia, who is older than you, has begun to give her bread away.
-> bread

= bread
# clear
At noon you hold your piece of bread in both hands: grey, heavy, a little damp in the middle, the best thing you own. Maia sits on her bunk with her hands in her lap. She is not looking at your bread. She is looking very carefully at the wall.
* [Give Maia half your bread]
    ~ health_down(1)
    You break it and put half in her lap without a word. She looks at it, then at you, and you watch her decide not to argue, which costs her more than the bread costs you. You eat your half slowly. It tastes of nothing, and of everything.
* [Eat it all. You will need your strength]
    You eat it all, slowly, turned a little away. It is the right thing, you tell yourself: someone must be strong enough to carry water, to lift Maia if she falls. It may even be true. The bread tastes of the barrack, and of being watched.
-
-> day_40

=== day_40 ===
~ day = 40
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: women_barrack
On Thursday evening the women's representatives go from barrack to barrack asking for night hands. The pickets want water, and eyes. Vera wants someone to knead what flour is left, so there is bread at dawn. The hospital wants women to sit with the sick. The nights are short now: by four the sky is getting light.
# clear
Maia has a scrap of paper folded in four. "An address," she says. "In Tartu. My people." She does not say in case of what, and you do not ask. Around you the choir women are arguing about who sleeps by the window, as if it mattered, and perhaps it does. # speaker: maia
* [Learn it by heart, and give it back]
    You read it three times and say it back to her twice, street, house, the name of a woman you will never meet. Then you give her the paper. "Now it's in two places," you say. Maia smiles, the small smile she keeps for pupils who have understood something.
* [Tell her she'll write there herself]
    "You'll write there yourself," you say, "from home." Maia looks at you for a moment, then folds the paper away in her sleeve. "Of course," she says. "From home." Neither of you believes it, and neither of you says so, which is a kind of kindness too.
-
# clear
The representatives are waiting at the door with their list. Oksana has already said she will stay in, and looked at nobody while she said it. Maia pulls her blanket up. "Wherever you go," she says, "take your jacket. It is cold before dawn, even in June." # speaker: maia
* [Sleep in the barrack, by Maia # place: women_barrack # history: night_duties]
    ~ position = "barrack"
    You stay. Someone must, you tell yourself, and Maia needs her blanket straightened twice a night and her water within reach. You lie listening to the barrack breathe: fifty women, the wind, and now and then a boot on the gravel outside, where the women's watch walks.
* [Take the night baking with Vera # place: bakery # history: night_duties]
    ~ position = "kitchen"
    You go to the bakery after dark. Vera shows you the last sacks without a word and lets you work the dough beside her, your arms in it to the elbow. The heat of the oven is a kind of food. You sleep in snatches on the empty sacks{role == "kitchen":, as you have before}.
* [Sit up nights at the hospital # place: hospital # history: night_duties]
    ~ position = "hospital"
    You go to the hospital after dark. The doctor gives you a chair by the door, a basin, and the names of three men who might not last the night. All three do. You count it as a victory, and are ashamed of how small a victory it is.
* [Carry water to the pickets at night # place: guardhouse # history: night_duties]
    ~ position = "gate"
    You carry buckets to the barricades after dark, back and forth until your arms stop feeling like arms. The boys behind the saman know your step now. Some nights the lieutenant's cigarette glows beyond the wire, and some nights it doesn't. You find that you look for it.
-
-> day_41

=== day_41 ===
~ day = 41
~ time_of_day = "evening"
~ weather = "clear"
~ hunger = true
# clear
# place: women_barrack
Friday. The heat goes out of the day early, as if it were tired too. You wash your face, and put on the vyshyvanka you finished in the workshop in May, from thread ends and patience: red and black at the collar, like your mother's. Nobody asks why. It is Friday evening, and that is reason enough.
# clear
There are an hour or two of light left. The zone is quiet in the way of a Friday at home, when the work is done and nobody has started on Sunday yet. Maia is on the step. The choir is tuning up. You know where you want to spend this evening.
* [Go to Mykola in the 3rd lagpunkt # place: lagpunkt_3]
    -> with_mykola
* {married} [Go to Jonas, your husband # place: lagpunkt_3]
    -> with_jonas
* {not married && bond_jonas >= 2} [Go and find Jonas # place: lagpunkt_3]
    -> with_jonas
* [Stay with Maia and the choir # place: women_barrack]
    -> with_maia

= with_mykola
# clear
# place: mykola_barrack
Mykola is on the roof of his barrack with two other men, watching the steppe go violet. He pulls you up beside him. From up here the whole camp is one long rectangle: the women's zone, the service yard, the two men's zones, the prison. Inside it, for once, nobody is shouting.
# clear
"Look at it," Mykola says. "Six weeks ago I couldn't cross that wall to see you." He names the barracks for you like the fields at home. {ties_underground >= 2: He doesn't speak of the Center, and you don't ask.} When it gets dark he walks you back to the gap, and holds on a moment longer than usual. # speaker: mykola
-> aside

= with_jonas
# clear
{ married:
    Jonas has a tin cup of the café's "coffee", whatever it is made of, and carries it across the zone for you without spilling a drop. You share it on the step of his barrack while men pretend not to look at a married couple. He notices the embroidery at your collar and touches it with one finger.
- else:
    Jonas is waiting by the gap in the wall as if by accident, which it isn't. You walk the length of the zone together, slowly, the way people walk home after Mass. He notices the embroidery at your collar and says it is beautiful, then goes red, as if he had said something else.
}
# clear
{ married:
    "At home," he says, "we would have a house by now." "Tell me about it," you say. He tells you: the stove, the window, where the table goes. You argue about the table. It is the best argument you have ever had. At dark he walks you back to the women's zone.
- else:
    He tells you the whole plot of a book he read at fifteen, and you let him. At the edge of the women's zone he stops. "Tomorrow," he says, "I'll tell you the next one." You tell him you will hold him to it, and he looks at you as if you had promised something.
}
-> aside

= with_maia
# clear
# place: women_barrack
You stay. The choir sits out on the step and sings softly, because the whole zone can hear: the songs of home, then an Estonian one Maia teaches you, then a Lithuanian one that somebody knows half of. Oksana sings too, for the first time since you have known her.
# clear
When the last song ends Maia puts her hand on your knee. "You have a good voice," she says. "Don't waste it shouting." It is the nearest thing to a blessing you have ever had from her. You sit on the step together until the stars come out, and then a while longer. # speaker: maia
-> aside

= aside
# clear
# note: june25_decorations
That same day, outside the zone, two generals of the commission have been given medals for long service: the Order of the Red Banner and the Order of Lenin. In the evening a telegram from Moscow tells one of them to use all possible means. Nobody in the zone knows any of this.
-> night

= night
~ time_of_day = "night"
# clear
Near midnight the barrack settles: coughing, a whisper, someone turning and turning on the boards. {position == "kitchen": Vera will be lighting the oven soon.}{position == "hospital": The night shift at the hospital has begun.}{position == "gate": The pickets will want water before dawn.} Outside, the women's watch is changing. A head comes round the door: they are one short for the last watch, until it gets light.
* {position == "kitchen"} [Go to the bakery, as you promised # place: bakery # history: where_at_night]
    You cross the dark service yard to the bakery. Vera has the fire going and flour to the elbows. "The last of it," she says, meaning the flour, and you both pretend she means nothing else. You knead until your arms ache, then sit on a sack to wait for the dough.
* {position == "hospital"} [Go to the hospital, as you promised # place: hospital # history: where_at_night]
    You walk to the hospital through the service yard, past the dark workshop where you used to sew tunics. The ward smells of boiled cloth. The doctor nods you to your chair by the door. A man by the window asks for water, and you bring it to him.
* {position == "gate"} [Go to the pickets, as you promised # place: guardhouse # history: where_at_night]
    You fill two buckets and carry them to the barricade. The boys are the same two as last week; one is asleep sitting up. Beyond the wire there is no cigarette tonight. You sit down with your back against the saman to wait for the light.
* {position != "kitchen" && position != "hospital" && position != "gate"} [Sleep here beside Maia, as you planned # place: women_barrack # history: where_at_night]
    ~ position = "barrack"
    You lie down beside Maia in the vyshyvanka, too tired to take it off. She is already asleep, or pretending. The barrack breathes around you: fifty women, the wind, a boot outside now and then. You fall asleep counting them, as you used to count sheep.
* [Take the last watch outside # place: women_zone # history: where_at_night]
    ~ position = "street"
    You take your jacket and go out. Two women from the next barrack are on the step with their knees drawn up. The sky is enormous. You sit between them, shoulder to shoulder, and the three of you talk in whispers about food until none of you can bear it.
* {position == "kitchen" || position == "hospital" || position == "gate"} [Stay in tonight, beside Maia # place: women_barrack # history: where_at_night]
    ~ position = "barrack"
    You send word that you are not coming. Someone else will carry the water, knead the dough, sit with the sick. Tonight you lie down beside Maia in the vyshyvanka. She doesn't ask why. She only moves over on the boards to make room for you.
-
-> day_42
