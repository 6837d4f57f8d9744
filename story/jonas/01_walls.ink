// Jonas, Act I "The walls": the prologue (early May 1954) and 16-19 May 1954 (j_day_00 to j_day_04).
// History: fact base §1.3-1.5, §3.1-3.2, §8; addendum §6, §10; addendum-2 §1.1, §1.3, §1.10.
// Everything Jonas sees and does here is reconstruction: the sources do not record one man's nights.
// Crossings with Halyna (docs/briefs/crossings.md): C1 (day 2, her barrack window), C1b (day 3,
// the breach at dusk), C1c (day 4, the breach in the evening). Her words are fixed; which of her
// options his path shows is decided by his own variables (bond_halyna, j_third_night).
// Globals set here: j_bread (0), bond_rimas (0), j_stone and j_anger (1), bond_halyna (2, 3),
// j_third_night (3); text-only memory j_comb_told, j_her_word, j_light (2), j_rimas_came (3),
// j_promises (4), declared in variables.ink under "(j1: declare below this line)".

// ---------------------------------------------------------------- early May 1954
=== j_day_00 ===
~ day = 0
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: ore_plant
# note: steplag_labour
# note: special_camps
Early May, 1954. At the ore plant the crushers shake the ground; by noon you stop hearing them. You carry cement. You were seventeen, in Kaunas, one of a school group that printed leaflets in a cellar, when they gave you twenty-five years. Now you are twenty-two, with a number on your back, your chest and your cap. The escort never uses your name. #id:j.jday00.6294
# clear
# place: ore_plant
At noon the free foreman waves you into his hut: someone has told him you were a radio man. His wireless has been dead since Sunday. He stands with his back to the window, so the escort sees only his coat. #id:j.jday00.7ede
# clear
Inside the case, a smell you had forgotten: warm dust and old wax. A lead is loose at a valve socket; you twist it tight with a strip of tin from his tobacco box. A hiss, then a choir, far off and sure of itself. #id:j.jday00.f98a
# clear
He pays in the only coin he has: a heel of his own bread, wrapped in yesterday's newspaper. "You were never in here," he says. You carry it inside your jacket all afternoon, warm against your ribs. #id:j.jday00.f3bd
-> barrack

= barrack
~ time_of_day = "evening"
# clear
# place: barrack_jonas
# note: criminals_sent_in
Back in the 3rd lagpunkt, thieves from this spring's transports lie on the top bunks through the count and laugh at the warders. "Sent to set on us," the older men say. So far they only watch, and deal cards. #id:j.jday00.99fb
# clear
# note: amnesty_strikes_1953
Two bunks from yours sleeps Mykola Savchuk, a tall Ukrainian who never smiles, with a sister in the women's zone. Ostap Hnatyuk, once in the forest, sits with him most evenings, talking low. Newer men came from Norilsk and Vorkuta, where prisoners stopped work last summer, and the soldiers fired. #id:j.jday00.c9eb
# clear
# note: j_lithuanians
Rimas Butėnas has the bunk above yours: nineteen, from a farm near Šiauliai, arrested at sixteen for carrying soup to the Forest Brothers, and still growing. He smells the bread through your jacket. He does not ask. He looks at the floor, which is worse. #id:j.jday00.7a9b
# clear
Across the aisle Kostya, who trades everything, has two radio valves in a sock, and would give them for bread. Glass and wire and the promise of a voice, and no set to put them in. #id:j.jday00.3b61
* [Break it in two. Half for Rimas. #id:j.jday00.589e]
    ~ bond_up(bond_rimas)
    ~ j_bread = "rimas"
    You break it on your knee and hold out the bigger half before you have decided to. Rimas eats it in four bites. "Ačiū," he says, thank you, low and serious, like a boy in church. # speaker: rimas #id:j.jday00.f95a
* [Trade it to Kostya for the valves #id:j.jday00.05eb]
    ~ j_bread = "valves"
    Kostya weighs the bread like a jeweller and hands over the sock: two small glass bottles with grey hearts. You push them into your mattress. Above you Rimas turns over, and over, and is still. #id:j.jday00.63f1
* [Eat it yourself, slowly, in the dark #id:j.jday00.ed77]
    ~ j_bread = "kept"
    You eat it in the dark, a crumb at a time, so that it lasts. Above you Rimas lies very still, a hungry boy pretending to sleep. You both know it. #id:j.jday00.b109
-
# clear
# place: barrack_jonas
The bolt slides home outside. You fold the newspaper small and push it into the lining of your cap. You went to prison for paper, and still you cannot throw a sheet of it away. #id:j.jday00.4376
{j_bread:
- "rimas": Above you Rimas hums a tune for bringing the cows in, very quietly, until he falls asleep. #id:j.jday00.f746
- "valves": Under your hip the two valves are hard and cool and full of nothing yet. #id:j.jday00.8fcf
- else: Your stomach is quiet for once. Rimas is not. #id:j.jday00.84a4
}
-> j_day_01

// ---------------------------------------------------------------- Sunday 16 May
=== j_day_01 ===
~ day = 1
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
# place: barrack_jonas
Sunday, 16 May, no work. {j_bread == "rimas": Rimas sits beside you on the warm step, closer than he used to.|{j_bread == "valves": You go in twice to feel for the valves in your mattress.|Rimas washes at the far end of the tap and does not look your way.}} Around noon shouting starts beyond the 2nd lagpunkt, where the service yard is. #id:j.jday01.1dd8
# clear
# place: roof_l3
# note: may16_service_yard
Rimas is up the drainpipe before you can stop him{j_bread == "rimas":, and reaches a hand down for you|, and does not wait for you}. From the roof you see the service yard beyond the 2nd, and on its walls the thieves of your own lagpunkt in black jackets, crouching and throwing. #id:j.jday01.5d3d
# clear
# note: may16_service_yard
Then the gates open and soldiers come out in a line, without rifles, an officer in front: Belyaev, the roofs say, the one the men call Wart. Stones and saman rain on them. They keep walking, heads down, and the black jackets give way. #id:j.jday01.1e54
# clear
# place: roof_l3
# discuss: j_thieves_politicals
The retreat pours over the wall below you, {gentle:thieves laughing, some of them hurt|thieves laughing and bleeding}. The soldiers stop at the wall. Rimas stands on the ridge in full view of the tower with half a brick in his fist, his arm going back. {j_bread == "rimas": He glances at you first, the way he looked at the bread.|He does not look at you at all.} #id:j.jday01.e3c6
* [Pull him down by the belt # history: j_stones_may16 #id:j.jday01.3af6]
    ~ j_stone = "pulled"
    You grab his belt and sit down hard, and he comes down on top of you, swearing. "Who are you saving them from?" he says. You do not know. It bothers you all afternoon. # speaker: rimas #id:j.jday01.a9e8
* [Find a stone of your own # history: j_stones_may16 #id:j.jday01.8b9a]
    ~ j_stone = "threw"
    ~ j_anger_up()
    Your hand finds a lump of saman in the gutter. You throw, and Rimas throws. One soldier looks up, a boy your age with a sunburnt neck, straight at you. Then he walks back with the others. #id:j.jday01.4d94
* [Climb down. Let him do as he likes. # history: j_stones_may16 #id:j.jday01.fa22]
    ~ j_stone = "inside"
    You climb down and sit on your bunk. The noise goes on without you, the way weather does. Later Rimas comes in flushed. He does not say whether he threw. You do not ask. #id:j.jday01.14db
-
# clear
# place: barrack_jonas
# note: may16_service_yard
No one is arrested. The older men like that least of all. Ostap, mending a boot, says without looking up: "They let you throw. Now they know who throws." {j_stone == "threw": Then he does look up, at you, and at your right hand, still grey with saman.|{j_stone == "pulled": Then he looks at Rimas, who is rubbing the small of his back.|Then he goes back to his boot.}} # speaker: ostap #id:j.jday01.49ce
-> film

= film
~ time_of_day = "evening"
# clear
# place: watchtower
At dusk the lamps go: a crack, a tinkle of glass, dark. The thieves are shooting them out with slingshots. {j_stone == "threw": Your right shoulder still aches from the throw.|{j_stone == "pulled": Rimas laughs with them, loudly, at you.|You watch from the doorway, where you have been all day.}} Soon the 3rd has only the searchlights. #id:j.jday01.964f
-> night

= night
~ time_of_day = "night"
# clear
# place: barrack_jonas
# note: crossings
No warder comes with the key tonight. Near midnight the thieves go out towards the service yard and the women's zone beyond it. Later a dull thudding starts, far off, then a long crumbling sound: a wall, coming down. #id:j.jday01.f511
# clear
Mykola sits up and does not lie down again. Ostap says something to him in Ukrainian, low and firm, and Mykola answers with one word: he is being held back, and hates it. {j_bread == "rimas": Above you Rimas whispers: would you go? You do not answer.|Above you Rimas is awake too. Neither of you says so.} #id:j.jday01.f917
# clear
Before dawn the thieves come back, loud, smelling of the night. One of them is singing. #id:j.jday01.251c
{j_stone:
- "pulled": Rimas sleeps at last with his fist closed round nothing: the brick you took from him. #id:j.jday01.bc4a
- "threw": Your palm is still gritty. You do not wash it until morning, and you could not say why. #id:j.jday01.1df1
- else: You lie awake and wonder which of you was the coward, and which the fool. #id:j.jday01.e134
}
-> j_day_02

// ---------------------------------------------------------------- Monday 17 May
=== j_day_02 ===
~ day = 2
~ time_of_day = "day"
~ weather = "wind"
# clear
# place: barrack_jonas
Monday, 17 May. All day the 3rd talks about the hole in the women's wall. {j_stone == "threw": At the tap two thieves nod to you: the one who threw.|{j_stone == "pulled": At the tap a thief calls you nursemaid, and Rimas goes red.|At the tap no one looks at you twice.}} #id:j.jday02.54da
# clear
# speaker: mykola
Mykola Savchuk sits down on your bunk. "Your Russian is polite," he says. "{j_stone == "threw": And you will throw nothing tonight.|{j_stone == "pulled": And you pulled the boy down. Good.|And you keep out of things. Good.}} Tonight our men go across. Ostap's people say I stay." He puts something in your palm. "For Halyna. The end window, first barrack by the wall." #id:j.jday02.ae27
# clear
# speaker: mykola
It is a little wooden comb, no longer than your finger: small crosses, and leaves. "Our grandmother stitched it on shirts," Mykola says. "I did it with a nail. Don't tell her I made it. She'll cry, and then she'll say yes to anything." #id:j.jday02.e5b4
-> night

= night
~ time_of_day = "night"
# clear
# place: wall_women_yard
# crossing: c1
# note: crossings
Near midnight you go with the Ukrainians and the Lithuanians, through the 2nd and the dark service yard to the breach the thieves made. Its dust gets into your eyebrows. {j_stone == "inside": Rimas is somewhere behind you; you did not ask him, and he came.|Rimas stayed behind, on Mykola's orders, furious.} #id:j.jday02.b4f4
# clear
# place: women_barrack
# fact: c1.door.barred
The first barrack by the wall has its door barred: a bench scrapes behind it when a man tries the handle. You find the end window and knock, politely, like a guest. A face comes to the glass, a young woman's, her hair pinned tight for the night. Behind her someone older is awake and watching. #id:j.jday02.a30b
# clear
# fact: c1.intro
"Savchuk?" you say, in your careful Russian, with Kaunas showing under it. "Halyna Savchuk? I am Jonas. Vaitkus. From Kaunas. I sleep two bunks from your brother." She looks at the dust in your eyebrows, then at your hands. #id:j.jday02.5018
# clear
# fact: c1.comb
Mykola is well, you tell her. Thinner. He wanted to come himself, but his own people held him back: they need him where he is. He has had no word from you since the winter, and asks if you are angry. Then you hold out the wooden comb. She holds it up to the searchlight's glow and does not speak. #id:j.jday02.88ce
* [Tell her Mykola carved it himself #id:j.jday02.601d]
    ~ bond_up(bond_halyna)
    ~ j_comb_told = true
    "He made it," you say. "With a nail, at night. He told me not to tell you." Her fingers close on it. "Then why tell me?" "Because it is true," you say, and after that your Russian gives out. #id:j.jday02.f377
* [Keep his word. Say only that he sent it. #id:j.jday02.fd1b]
    ~ j_comb_told = false
    "He sent it," you say, and nothing more, because Mykola asked. She turns it over, reading the pattern with her thumb, as you did. #id:j.jday02.99cd
-
# clear
# fact: c1.ask
There is something else, you say, and lower your voice at the window gap, so that she leans on the sill. Mykola's friends want someone in the women's zone. Someone to carry a word, when a word needs carrying. Nothing more. {j_comb_told: She holds the comb against her chest while she listens.|She has put the comb away in her sleeve.} Mykola told you how much that nothing is. #id:j.jday02.7b23
* [Ask it for Mykola. He needs her. #id:j.jday02.ffe9]
    {bond_halyna >= 1:
        ~ j_her_word = "yes"
    - else:
        ~ j_her_word = "think"
    }
    "He needs you," you say. "He won't say so. I am saying it." #id:j.jday02.c096
    {j_her_word == "yes": -> yes | -> think}
* [Tell her she may refuse, and mean it #id:j.jday02.162e]
    ~ j_her_word = "think"
    "You can say no," you say. "I would tell you that anyway." #id:j.jday02.0e49
    -> think
* [Tell her what the forest cost his friends #id:j.jday02.4718]
    ~ j_her_word = "no"
    -> no

= yes
# fact: c1.answer.yes
# speaker: halyna
She looks down at the comb in her hand. "Yes," she says. It comes out easier than it should. You nod slowly, a man handed something breakable. "He will ask you himself, when the time comes," you say. Behind her the older woman turns her face to the wall. #id:j.jday02.df5c
-> light

= think
# fact: c1.answer.think
# speaker: halyna
She studies you a long moment: a stranger with dust in his eyebrows, asking for the thing that cost her four years. "I'll think," she says. "Good," you say, and find you mean it. "People who say yes too fast frighten me." You turn the comb in her hand so the pattern is on top. #id:j.jday02.4145
-> light

= no
# clear
# fact: c1.answer.no
# speaker: halyna
She hears you out. "No," she says. "Tell him I carried enough. Tell him I have four years in and twenty-one to go, and I mean to walk out." You do not argue. "He said you would say that," you say. "He said you would be right." #id:j.jday02.776c
-> light

= light
# clear
# place: women_barrack
Out in the dark men are still calling names. {j_her_word == "yes": She has said yes, and it sits in her face like a debt.|{j_her_word == "no": She has said no, and seems lighter for it.|She is thinking; you can see her do it.}} #id:j.jday02.ff76
* [Stay at the window a minute more #id:j.jday02.2f9a]
    ~ bond_up(bond_halyna)
    ~ j_light = "down"
    You stay. She asks about Kaunas, and you tell her about the two rivers and the place where they meet. She does not ask why you are here. #id:j.jday02.5612
* [Go now, while the yard is dark #id:j.jday02.a6e6]
    ~ j_light = "go"
    You say goodnight in Russian and then, because it slips out, in Lithuanian, and step back from the window into the open. #id:j.jday02.8998
-
# clear
# cn: fear
The next scene contains gunfire in the dark, and fear. You can read the scene, or read a short summary instead. #id:j.jday02.8790
* [Read the scene #id:j.jday02.550c]
    -> shots
* [Read a short summary instead #id:j.jday02.721f]
    -> shots_summary

= shots
# place: watchtower
# note: shootings_may
A shot cracks over the service yard, then a long burst. The searchlight swings onto the breach and holds it. Men run past bent double. {j_light == "down": You are on your feet by her window|You are three steps from her window}, half in the light, the dust on your sleeves lit white. Behind the barred door the barrack holds its breath: a man found here could send every woman in it to the punishment cell. # fact: c1.shot #id:j.jday02.d1de
{j_light == "down":
    # clear
    # place: women_barrack
    # fact: c1.light.pull
    She grabs your sleeve and pulls, and you both go down behind the porch step in the dirt. The searchlight slides over the boards above your heads. The shooting stops, starts, stops. "Ačiū," you whisper, and then, because she cannot know the word: "Spasibo." Thank you. #id:j.jday02.514c
    # clear
    Before first light you go, low along the barrack wall. At the corner you lift a hand. She lifts the comb. You carry that back across the yard like something that might spill. #id:j.jday02.e0ba
- else:
    # clear
    # place: wall_women_yard
    # fact: c1.light.go
    # speaker: halyna
    "Go," she says, through the window. "Now, while the light is on the other side." You go, low and fast. The breach; the yard. The next burst comes from the tower above the stores, and you will remember that, and bits of saman jump from the bakery wall ahead of you. #id:j.jday02.00c5
    # clear
    In the 2nd a stranger hauls you through the hole by your collar. You are in your bunk before first light, shaking, unhurt. #id:j.jday02.b68e
}
-> dawn

= shots_summary
# place: wall_women_yard
# note: shootings_may
Summary. While men were crossing into the women's zone, guards fired over the service yard and the searchlight held the breach. {j_light == "down": Halyna pulled you down behind the porch step; you left before first light.|Halyna told you to go; you ran for the breach and got back unhurt, and she could not know it.} The sources date the first shootings of these nights differently. # fact: c1.shot #id:j.jday02.a5fa
-> dawn

= dawn
~ time_of_day = "day"
# clear
# place: barrack_jonas
# discuss: why_did_men_cross
At dawn Mykola is sitting on your bunk, waiting. {j_comb_told: He reads it in your face before you speak. "You told her I made it," he says. He is not angry.|He asks only: did she take it? Yes.} # speaker: mykola #id:j.jday02.6363
{j_her_word:
- "yes": Then you tell him: yes. He shuts his eyes a moment, and you cannot tell if it is gladness. #id:j.jday02.6441
- "think": Then you tell him: she will think. "Good," he says, the way you said it. #id:j.jday02.ae93
- else: Then you tell him: no, and that he was right. He nods, and looks relieved, and then ashamed of it. #id:j.jday02.76cc
}
-> j_day_03

// ---------------------------------------------------------------- Tuesday 18 May
=== j_day_03 ===
~ day = 3
~ time_of_day = "day"
~ weather = "heat"
# clear
# place: barrack_jonas
Tuesday, 18 May. There are soldiers in the service yard now, men say, with submachine guns, by the stores and the bakery door. {j_light == "down": There is still porch dirt in your knees.|You slept two hours and dreamed of a searchlight.} #id:j.jday03.eebf
# clear
# speaker: mykola
At noon Mykola finds you at the tap. "Behind the bakery, tonight," he says. "Four years, Vaitkus. {j_comb_told: And she knows who made the comb, thanks to you.|You kept quiet about the comb. Good.} Go first, at dusk, and bring her my word." #id:j.jday03.b49e
# clear
When Mykola has gone, Ostap takes your sleeve. "Look at the yard on your way. Count." You were a radio mechanic; you measure things. {j_her_word == "yes": "She said yes to us," he adds. "So count well."|{j_her_word == "no": "She said no to us. She was right. Count anyway."|"She is thinking. Good. Count."}} # speaker: ostap #id:j.jday03.b91b
# clear
Rimas has heard, and wants to come. {j_stone == "threw": "We threw at them on Sunday," he says, "and they did not shoot."|{j_stone == "pulled": "You will not hold my belt this time," he says, half a joke.|"You went inside on Sunday," he says. "Not tonight."}} There is already a stone in his pocket. # speaker: rimas #id:j.jday03.475a
* [Take him. Better beside you than alone. #id:j.jday03.872f]
    ~ j_rimas_came = true
    "Stay behind me," you tell him. "Do what I do. Throw nothing." He grins, and puts his hand over the pocket with the stone in it, which is not a promise. #id:j.jday03.6cac
* [Tell him to stay. Make him promise. #id:j.jday03.0ed8]
    ~ j_rimas_came = false
    "Stay," you tell him. "Somebody has to be here if we do not come back." In the end he promises, sulking, with his hand on the bunk post, which is how they promise in his village. #id:j.jday03.c1d4
-
-> dusk

= dusk
~ time_of_day = "evening"
# clear
# place: service_yard
# crossing: c1b
# note: crossings
At dusk you cross. The service yard is long and grey. The soldiers stand by the stores, smoking. You walk in the shadow of the far wall and count, as Ostap said: forty-eight, forty-nine, fifty steps from the stores to the bakery. Men move along the walls in twos and threes. {j_rimas_came: Rimas breathes at your shoulder.} # fact: c1b.soldiers #id:j.jday03.5143
# clear
# place: wall_women_yard
She comes to the breach. {j_light == "down": She almost smiles: last night is a joke the two of you share now.|She stops when she sees you: so you did get home.} Behind her an older woman watches from the barrack door. #id:j.jday03.9656
# clear
# fact: c1b.word
"Mykola is in the yard," you say. "Behind the bakery. He wants to see you. Tonight, he says, or he does not know when." She looks past you at the yard, long and grey, and at the men in the shadows of the far wall. {j_rimas_came: Behind you Rimas crouches, for once silent.|You are alone, and glad Rimas is not here.} #id:j.jday03.ed71
* [Tell her about the soldiers. Fifty steps. # history: third_night #id:j.jday03.6cc7]
    ~ j_third_night = "send"
    ~ bond_up(bond_halyna)
    -> send
* [Say nothing more. He is her brother. # history: third_night #id:j.jday03.3bc6]
    {bond_halyna >= 1:
        ~ j_third_night = "go"
        -> go
    - else:
        ~ j_third_night = "come"
        -> come
    }

= send
"The soldiers stand by the stores," you say. "Fifty steps from the bakery. I counted." She looks at you, and then at the stores, and you watch her count them too. #id:j.jday03.8dfd
# clear
# fact: c1b.answer.send
# speaker: halyna
"Tell him to go home," she says. "Not tonight, not with soldiers there. Tell him I am well." You look at her a long moment, nod, and go. At the bakery Mykola hears you out, and turns, and lifts a hand towards the breach, and walks away into the dark. #id:j.jday03.b3a3
-> shooting_note

= go
# fact: c1b.answer.go
You say nothing more. It is her brother, and hers to choose. She looks at the yard, then at you, and follows you along the wall, bent low, into the smell of bread. Mykola stands up out of the bakery's shadow and holds her so hard her feet leave the ground. You look away, at the soldiers by the stores. #id:j.jday03.fd1b
-> shooting_note

= come
# fact: c1b.answer.come
# speaker: halyna
You say nothing more. It is her brother, and hers to choose. "Tell him to come," she says. "Here. I will wait at the wall." You go, back along the wall, the fifty steps in your head and not in your mouth. Mykola stands up out of the bakery's shadow before you reach him. "She says come," you tell him. #id:j.jday03.647c
-> shooting_note

= shooting_note
~ time_of_day = "night"
# clear
# cn: violence
# cn: death
# cn: injury
The next scene contains gunfire, injury and death. It is told without spectacle. You can read the scene, or read a short summary instead. #id:j.jday03.2e27
* [Read the scene #id:j.jday03.147c]
    -> shooting_scene
* [Read a short summary instead #id:j.jday03.5ea9]
    -> shooting_summary

= shooting_scene
# place: service_yard
One shout by the stores. Then the guns, a long tearing noise from wall to wall. You are down before you know it. {j_rimas_came: Rimas is down too, and you have him by the belt.} #id:j.jday03.8694
# clear
{j_third_night:
- "send":
    You saw Mykola through the hole into the 2nd and turned back to tell her. Now you are in the open yard. A man ahead of you {gentle: falls, and does not get up.|goes down at a run and stays down, his cap rolling on without him.} You lie with your face in the dust and count nothing at all. #id:j.jday03.e732
- "go":
    # place: bakery
    Mykola throws his sister down behind the bakery step and lies over her. You press yourself flat against the wall beside them. Something whines off the saman above your heads and the wall bursts into dust. {gentle: Halyna gives a small cry; something has stung her forehead.|A splinter of brick opens Halyna's forehead, and her blood is on Mykola's hand.} He says her name, over and over. #id:j.jday03.4627
- else:
    # place: service_yard
    Mykola is halfway across, head down, you ten steps behind him, when it begins. He drops flat, rises, runs, and falls again. {gentle: This time he is hurt; you can tell from how he lies.|This time he curls round his thigh and cries out.} You crawl to him. {j_rimas_came: You and Rimas|You and a man you do not know} drag him back towards the bakery, out of the light. #id:j.jday03.80e4
}
# clear
# note: shootings_may
Then it stops. Someone is calling for water, in Ukrainian, then in Russian. {j_rimas_came: Rimas is breathing beside you, fast.|Rimas, you think, is safe in the barrack.} Later you will learn who stopped it: Colonel Konovalov, head of the regional MVD in Karaganda. #id:j.jday03.7639
-> after

= shooting_summary
# place: service_yard
# note: shootings_may
Summary. On 18 May, submachine gunners in the service yard opened fire on prisoners. By Formozov's count, from an archival note, 18 were killed and 70 wounded; other accounts differ. Colonel Konovalov of the regional MVD ordered the firing stopped. #id:j.jday03.c337
{j_third_night:
- "send": You were in the open yard when it began. Mykola had turned back before it started. #id:j.jday03.a5d3
- "go": You were by the bakery with Halyna and Mykola. He covered her behind the step. {gentle: She was hurt, not badly.|A splinter of brick cut her forehead.} He was not hit. #id:j.jday03.0aa9
- else: Mykola was crossing the yard to his sister when it began. {gentle: He was hit in the leg.|He was hit in the thigh.} You helped drag him out of the light. #id:j.jday03.3b99
}
-> after

= after
# clear
{j_third_night:
- "send":
    # place: wall_women_yard
    Before the sky greys you go to the breach, filthy with dust. She is there. Mykola is in his barrack, you tell her; he turned back before it began. You do not tell her what you saw on the way. #id:j.jday03.6b49
- "go":
    # place: wall_women_yard
    Mykola takes his sister back to the breach with his hand pressed to her forehead. There he gives her to the older woman and turns away before anyone can see his face. All the way home he does not speak. #id:j.jday03.74a3
- else:
    # place: hospital
    They carry Mykola to the hospital on a door. {gentle: He is alive; the wound is in his leg.|The bullet went through his thigh, and the door is slick under your hands.} Before the sky greys you tell her at the breach: Mykola is alive, and asked for you. She cannot go to him; the yard is full of soldiers again. #id:j.jday03.b432
}
{j_third_night == "come":
    # clear
    You do not tell her about the fifty steps you kept to yourself. It was hers to choose; it was not yours to frighten her. Neither is any use to a man on a door. #id:j.jday03.2d2b
}
# clear
# place: barrack_jonas
# discuss: j_two_witnesses
# note: shootings_may
In the barrack the men count: twenty, says Ostap; forty, says a man from the 2nd. Long after, a historian working from an archival note will give eighteen killed and seventy wounded; other accounts differ. Tonight the barrack has names, and no number. #id:j.jday03.1762
{j_rimas_came:
    Rimas turns the stone over in his hands. He never threw it. He does not know if he is ashamed. #id:j.jday03.55c1
- else:
    Rimas kept his promise. He sits dressed on his bunk. "I heard it from here," he says. "All of it." # speaker: rimas #id:j.jday03.0f8f
}
-> j_day_04

// ---------------------------------------------------------------- Wednesday 19 May
=== j_day_04 ===
~ day = 4
~ time_of_day = "day"
~ weather = "dust"
# clear
# place: barrack_jonas
Wednesday, 19 May. A quiet you have never heard: no rail at five, no column, no count. The service yard is empty except for dust, and marks on the bakery wall at the height of a man. #id:j.jday04.2cf3
{j_third_night:
- "come": You sat by Mykola in the hospital until they sent you out. #id:j.jday04.ec22
- "go": Mykola slept like a stone, his boots on. #id:j.jday04.20b6
- else: Mykola sat up half the night and did not say why. #id:j.jday04.604b
}
# clear
{j_third_night:
- "come":
    # place: hospital
    Mykola asks you to write for him; your letters are neater. M. is in the hospital, the leg is clean, the doctor says he will walk. Do not come, do not worry. You carry it through the breach and add nothing of your own. #id:j.jday04.5b5d
- "go":
    # place: wall_women_yard
    Mykola writes to his sister in his square hand and gives it to you to carry: Are you mending? I am not even scratched. Do not do that again. Neither of us. You try not to read it on the way, and have read it before you reach the wall. #id:j.jday04.361b
- else:
    # place: wall_women_yard
    Mykola writes to his sister in his square hand and gives it to you to carry, folded small: I am whole. I did as you said. Next time I will not. You leave it with the older woman at her barrack door, who thanks you in very correct Russian. #id:j.jday04.ded3
}
-> choosing

= choosing
# clear
# place: lagpunkt_3
# note: first_commission
At noon the word goes round: generals are coming, from Moscow and from the republic's ministry, and each lagpunkt must choose men to speak for it. You raise your hand with the rest for Ostap's man. {j_rimas_came: Rimas raises his higher than anyone's.|Rimas does not raise his; he is still sore at being left behind.} #id:j.jday04.83e1
# clear
# place: guardhouse
Near the vakhta an older man stands apart, grey and heavy, with an electrician's burnt fingertips: Girdauskas, a Lithuanian from the end barrack. {j_bread == "valves": You think of the two valves in your mattress.|} He says it once, quietly: "Write down every promise, with the date." # speaker: stasys #id:j.jday04.6ddd
# clear
Ostap, beside you, says to the air: "A promise is worth exactly what you can make them keep." Two sentences, like two wires you have not yet decided where to connect. {j_third_night == "send": Then Ostap adds, to you: "You counted well."|{j_third_night == "go": Then, to you: "Her forehead. Next time, count louder."|He does not look at you. He knows what you counted.}} # speaker: ostap #id:j.jday04.2bda
-> commission

= commission
~ time_of_day = "evening"
# clear
# place: guardhouse
# note: first_commission
When they come, the men of the 3rd see only caps and clean boots over the heads in front: a lieutenant-general, Bochkov, from the camp administration in Moscow; a major-general, Gubin, the Kazakh republic's minister of internal affairs; Samsonov, from the Procurator's office. #id:j.jday04.7bfb
# clear
# note: first_commission
Word comes back down the rows: gates between the men's zones and the women's; the demands met; no one punished. And a word: the lieutenant-general, people say, called it all a sabantuy, a ruckus. By dark the 3rd has taken the word for its own. {j_third_night == "come": Mykola, in the hospital, will want it word for word.} #id:j.jday04.295c
# clear
# place: barrack_jonas
The newspaper is still in your cap, and you have a stub of pencil. A promise with a date on it is evidence; it is also paper in a prisoner's hand. {j_rimas_came: Rimas watches you turn the pencil over. He has said little since the yard.|Rimas watches you turn the pencil over.} #id:j.jday04.9c7f
* [Write it down, with the date, in your own hand #id:j.jday04.5e60]
    ~ j_promises = "paper"
    You write it small in the margin of the newspaper: 19.V.54. Gates between the zones. Demands to be met. No one punished. Bochkov, Gubin, Samsonov. You fold it back into your cap. It is the first true thing you have written in five years. #id:j.jday04.5f4c
* [Keep it in your head, where no search finds it #id:j.jday04.e8e3]
    ~ j_promises = "head"
    You say it over until it is smooth as a pebble: the nineteenth of May; gates; demands met; no one punished; three names. No paper. They took you at seventeen for what you wrote down. What is in your head no shmon can find. #id:j.jday04.38d6
* [Let Rimas write it. He wants something to do. #id:j.jday04.6579]
    ~ j_promises = "rimas"
    Rimas takes the pencil the way he took the brick. He writes slowly, tongue between his teeth: 19 May. Gates. No one punished. His letters lean like a fence in the wind. He puts it inside his shirt, where anyone who searches him will find it first. #id:j.jday04.d0f9
-
-> breach

= breach
# clear
# place: wall_women_yard
In the evening you go to the breach again. Halyna is there with the older woman, looking at the wall where a gate will be. The service yard between you is empty, swept, and smells of sand thrown down over something. #id:j.jday04.7667
{bond_halyna >= 1:
    # clear
    # crossing: c1c
    # fact: c1c.promise
    She sees you and comes across, and asks what the men of the 3rd are saying. You choose your words. "They say: write down every promise, with the date," you say. "They say: a promise is worth exactly what you can make them keep." She says the promise over, with its date, under her breath. #id:j.jday04.00a2
    # clear
    {j_promises:
    - "paper": You almost show her the newspaper in your cap. You do not. It is enough that one of you has it in writing, and it should not be her. #id:j.jday04.2b09
    - "rimas": You do not tell her that a boy of nineteen has it written inside his shirt, in letters that lean. You are not sure it was wise. #id:j.jday04.2f28
    - else: You do not tell her you have it by heart. You say it to yourself instead, as she does, two people saying the same prayer. #id:j.jday04.06b4
    }
    {j_third_night == "go": Her forehead is bound with a strip of grey cloth; she touches it and shakes her head: it is nothing.|She thanks you for the note. It was Mykola's, you tell her, every word.} #id:j.jday04.c52e
- else:
    # clear
    You stay on your side, in the shadow of the bakery. You wrote her that her brother would walk, and you can find nothing to add. After a while she goes in. The older woman stays a little longer, looking at where you stand. #id:j.jday04.b8a0
}
-> last

= last
~ time_of_day = "night"
# clear
# place: barrack_jonas
Someone says sabantuy from a top bunk, and someone laughs. A promise is paper, or the people who make them keep it. You do not know yet which you are for. #id:j.jday04.ccf6
{j_promises:
- "paper": In your cap, under your head, the date is written down. #id:j.jday04.4606
- "rimas": Above you Rimas sleeps with his hand flat on his shirt, over the paper. #id:j.jday04.564b
- else: You say the date once more, and the three names, and sleep. #id:j.jday04.c33a
}
-> j_day_05
