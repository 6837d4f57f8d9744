// Halyna, Act V "Dawn": day_42 (Saturday 26 June 1954) and her six endings.
// History: fact base §6 and §3.3; addendum §1, §7, §8, §14; addendum 2 §1.9 (03:30, before dawn;
// the sky pales about four). Restraint in every sentence; numbers only with who gives them.
//
// How the ending is decided (the player can see each reason on the page that follows):
//   where she is at 03:30 (`position`, set on days 40-41) gives the first choice;
//   walking out when the loudspeakers say so              -> walked_out (barrack, bakery, hospital, street);
//   standing with the women in the street, or on the barricade -> killed;
//   going out to help someone                             -> wounded, or killed if health <= 2 (hunger, an old wound);
//   lying down / staying put (Mykola's promise kept)      -> the selection: caught at the barricade -> arrested;
//       elsewhere `marked` = ties_underground (at most 2), +1 loud 2+ (what she did aloud: the photographs),
//       +2 if in the street crowd: 3 or more -> arrested; 2 -> transferred; less -> stayed.
// role and trust_commission only colour the photographs' text now, so the explorer branches on
// position, ties_underground (3 classes), health and, once Acts III-IV set it, loud.
// Threads read here (variables.ink, "Threads"): structural only `loud` (the photographs); the rest
// (promised_mykola, carried, knows_names, prayed_for_towers, bread_given, orlov, wish, jonas_want,
// loud_deed, married, helped_leaver) vary the text, which costs the explorer nothing.
// `fate` and `saved` are set here for the epilogue only (no later hub reads them).

=== day_42 ===
~ day = 42
~ time_of_day = "night"
~ weather = "clear"
~ tanks = "inside"
~ hunger = false
# clear
{ position:
- "kitchen":
    Saturday, 26 June 1954, three in the morning. In the bakery the first loaves are in, made from the last of the flour. Vera sits down on an upturned bucket and wipes her face with her sleeve. The place smells the way home smelled on Saturdays. Outside it is still dark: in June the sky here pales at about four. # place: bakery #id:h.d42.ca1f
- "hospital":
    Saturday, 26 June 1954, three in the morning. The ward is asleep except for the man by the window, who has asked for water every hour; you have just given him some. The doctor dozes upright in his chair. Outside it is still dark: in June the sky here pales at about four. # place: hospital #id:h.d42.8614
- "street":
    Saturday, 26 June 1954, three in the morning. You sit on the step between the two women of the last watch, knees drawn up, jacket buttoned to the chin. The steppe is cold before dawn, even in June. It is still dark; the sky will not pale until about four. # place: women_zone #id:h.d42.5fa9
- "gate":
    Saturday, 26 June 1954, three in the morning. You have brought the last water of the night to the barricade. The two boys behind the saman drink and hand back the cup; one is half asleep already. Beyond the wire the searchlights sweep. It is still dark; the sky will pale at about four. # place: guardhouse #id:h.d42.cfec
- else:
    Saturday, 26 June 1954, three in the morning. You lie awake on the boards in the vyshyvanka, beside Maia, who sleeps with one hand under her cheek like a girl. On the next bunk Oksana turns over, and over. It is still dark: in June the sky here pales at about four. # place: women_barrack #id:h.d42.4894
}
# clear
{ position:
- "kitchen":
    Vera shows you the flour bin: empty, swept, the broom still leaning in it. "Tomorrow," she says, "we bake with whatever the men bring from the stores, if they bring anything." Then she cuts the first loaf before it has cooled, against every rule she has ever kept, and gives you the heel. It burns your fingers. You eat it anyway. #id:h.d42.9dd7
- "hospital":
    The doctor wakes, looks at his watch, and sends you to lie down on the corridor bench for an hour. You do not. You sit by the man at the window, and he tells you in a whisper about his daughter, who will be twelve in July and has never seen him. You promise to remember her name, and you say it back to him. #id:h.d42.7f14
- "street":
    The two women are from Lviv and from somewhere near Vilnius, and between them they have three languages and no cigarettes. They talk about food until they cannot bear it, then about their mothers, then about nothing. The one from Lviv falls asleep against your shoulder. You let her. The watch is nearly over. #id:h.d42.7809
- "gate":
    The younger boy wants to know whether it is true that in Kyiv there are trams. You tell him about the tram, the one time you rode it, at fifteen, with your mother holding your sleeve the whole way. He listens with his mouth open. The other boy snores. Beyond the wire, for once, no one is smoking. #id:h.d42.8458
- else:
    Oksana gets up, goes to the door, looks out, comes back. {helped_leaver: "Can't sleep," she whispers. You lift the edge of your blanket and she lies down on the boards between you and Maia, as she did when she first came and was afraid of the dark.|She sits on the edge of her own bunk, not quite next to you, and stays there, her shoes in her lap.} You lie awake and listen to the barrack breathe. #id:h.d42.a0ff
}
# clear
Between one thing and the next you do what your mother did on bad nights: you count your people, and put each one somewhere safe. Maia first. Fifty-odd, Estonian, a teacher who still corrects your Russian. {carried == "maia_paper": Her address in Tartu is in your head, where she asked you to keep it.|{bond_maia >= 4: Lately she calls you "child" and pretends she doesn't.|She has never told you what she was arrested for.}} She sleeps with her glasses folded under the pillow, in case. # place: women_barrack #id:h.d42.49ed
# clear
Oksana, nineteen, from near Zhytomyr, who still jumps when a door bangs and wants to see her mother once more. She sings alto, badly, and knows it, and sings anyway. {helped_leaver: You walked her to the wire once, in the dark, and brought her back. She has slept beside you since.|Since the night she wanted to go, she has hardly spoken to you.} {bread_given >= 1: You gave away bread you needed. You would do it again. Your legs would rather you didn't.} #id:h.d42.bfe1
# clear
Mykola, {mykola_hurt: careful of the leg from May, }with the men in the 3rd lagpunkt, where the barricades are highest. {ties_underground >= 2: He belongs to people whose names you are not supposed to know.|He keeps his own counsel, as he did at home.} {carried == "mykola_paper": His paper is folded small in your shoe.|He taught you to whistle and to keep your mouth shut; only one has been any use.} You put him on the roof of his barrack, watching the steppe, and leave him there. # place: lagpunkt_3 #id:h.d42.307d
# clear
{married: Jonas, your husband before God and no one else, asleep in the 3rd with his boots on. {jonas_want: You keep safe, for him, the one thing in here that is his own.} {carried == "jonas_letter": His letter is inside your shirt.}|{bond_jonas >= 2: Jonas, who owes you the next chapter of his book, and will pay, he says, tomorrow.|Jonas, the Lithuanian who came to the wall with news of Mykola, whom you hardly know, and count anyway.}} Then the ones who are not yours to count: Vera at her ovens, Aslan with his string and no paper, Father Ihor with his stub of pencil. You count them too. #id:h.d42.fbdd
# clear
{ promised_mykola:
    Lie on the floor. Don't go out. Don't be brave. You promised him that, in the shade behind his barrack. You turn the promise over in the dark like a coin. He has never asked you for anything else, and tonight, for no reason you can name, you cannot put it down. #id:h.d42.a3bf
- else:
    Mykola went to the forest when you were small and came back with his hands shaking. Careful people live, he told you once; brave people are remembered. He never said which he wanted you to be. At home your mother said the same of him, and lit candles for both kinds. {knows_names: The names from the paper are still in your head. You make yourself stop.} #id:h.d42.9b49
}
# clear
# crossing: c5
# fact: c5.silent
At twenty past three the zone is as quiet as it ever gets. A dog barks beyond the wire, and another answers. The prisoners' loudspeaker has been silent since midnight. Over the steppe in the east there is no light yet at all. Someone laughs in her sleep. {wish == "lasts": You wished once that this would last. For one more hour, it does.}{wish == "ends": You wished once that it would end. You never said how.}{orlov >= 1: Somewhere out there a lieutenant is smoking, or isn't.} #id:h.d42.e300
# clear
You are still in the vyshyvanka from Friday evening, red and black at the collar. Your mother stitched one like it for a wedding that never happened at home{married:, and happened here instead, before God and Father Ihor}. You smooth the collar flat with two fingers, the way she did, and wait for the light. #id:h.d42.347a
# clear
The little comb Mykola sent through the wall in May is in your pocket. You run your thumb over its teeth, one by one, the way your mother told her beads. {promised_mykola: Lie on the floor, the teeth say. Don't go out.|It is the first thing of his you have held in four years.} Somewhere behind you a bucket is set down on stone. #id:h.d42.8649
# clear
# cn: violence
# cn: death
# cn: injury
The pages that follow are about an armed assault: shooting, and people killed and hurt, perhaps Halyna among them. You can read the scenes as they happened, or short factual summaries instead. What you choose here holds for the whole morning; the choices after it stay yours. #id:h.d42.3765
* [Read the scene #id:h.d42.b3e9]
    -> assault
* [Read a short summary instead #id:h.d42.667a]
    ~ dawn_summary = true
    -> summary

= assault
# clear
At half past three a loudspeaker starts up beyond the wire. {position == "kitchen": Vera stands up with a loaf in her hands.}{position == "hospital": The doctor is on his feet before he is awake.}{position == "street": The two women beside you grip your arms.}{position == "gate": One of the boys sits up. "That's not ours."}{position == "barrack" || position == "none": Maia's hand finds your arm.} #id:h.d42.66f6
# speaker: loudspeaker
# note: assault_june26
Troops and tanks are about to enter the zone, the voice says, to take down the barricades. Those who do not support the disorder will be given a free way out. Everyone else is to stay in the barracks and not resist. # document: mvd_appeal_june26 #id:h.d42.4768
# clear
Then shots: dry, separate, from the dark beyond the wire. Snipers, you will learn later, and the pickets on the roofs and barricades are what they aim at. {position == "gate": {gentle: The boy beside you is hit and slides down the saman.|The boy beside you jerks and slides down the saman, and does not answer his name.}} Flares go up and hang there, and the zone turns a hard, false white, brighter than any dawn. #id:h.d42.9a3a
# clear
# fact: c5.tanks
You feel the tanks before you see them: a grinding that comes up through the ground into your feet. Five of them, people will say afterwards. They come in through the opened gates, and behind them soldiers in helmets, running, and dogs. From the 3rd lagpunkt rises a roar of men's voices and a clatter of stones on armour. #id:h.d42.2a04
-> decide

= summary
# clear
# note: assault_june26
(Summary.) At half past three, before dawn, a loudspeaker beyond the wire announced that troops and tanks were entering, and that those who did not support the revolt could leave. Snipers shot the prisoners' pickets and the gates were opened. Under flares, five T-34 tanks and at least 1,700 soldiers with dogs came in. In the 3rd lagpunkt men fought back with stones, and some with iron bars. # document: mvd_appeal_june26 #id:h.d42.3da3
# clear
(Summary.) By the MVD's own report the main operation lasted about an hour and a half and was over by five, when it was fully light. In the street of the women's zone a crowd of women and men came out of the barracks; survivors say the tanks drove into it. {position == "kitchen": You are in the bakery with Vera.}{position == "hospital": You are on night duty in the hospital.}{position == "street": You are on the women's watch outside.}{position == "gate": You are at the barricade by the guardhouse.}{position != "kitchen" && position != "hospital" && position != "street" && position != "gate": You are in your barrack, with Maia and Oksana.} #id:h.d42.e2f3
-> decide

= decide
{ position:
- "kitchen": -> h_bakery_unit
- "hospital": -> h_hospital_unit
- "street": -> h_street_unit
- "gate": -> h_gate_unit
- else: -> h_barrack_unit
}
// ---- What this Halyna did (bible §10, "the ending remembers"): read on every end page ----

= remembered
# clear
{fate == "killed": What no file will ever hold about her, because no one thought to write it down.|What no file will ever hold about you, because no one thought to write it down.} {fate == "killed": She|You} {role == "kitchen": baked and ladled for the zone through the siege.|{role == "hospital": sat up nights with the sick, without medicines.|{role == "messenger": carried the women's lists from door to door.|mended for the zone with thread ends and patience.}}} {fate == "killed": She|You} {saved == "maia": pulled Maia down from the window, and Maia lived.|{saved == "vera": pulled Vera back behind the ovens, and Vera lived.|{saved == "oksana": brought Oksana through the worst of the morning.|{saved == "stranger": went out for a stranger, and did not stop to ask a name.|faced the last morning among the others, and did not look away.}}}} {helped_leaver: {fate == "killed": She|You} walked Oksana to the wire, the night she asked.|{bread_given >= 1: {fate == "killed": She|You} gave away bread when there was least of it.}} #id:h.d42.5003
# clear
{knows_names: {fate == "killed": She|You} kept the underground's names and gave none.|{carried != "none": {fate == "killed": She|You} kept {carried == "maia_paper": Maia's address in Tartu|{carried == "mykola_paper": Mykola's paper|{carried == "names": the names, in order,|Jonas's letter}}} to the end.}} {loud >= 1: {fate == "killed": She|You} {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}, and it was heard.} {kept_promise(): {fate == "killed": She|You} kept the promise to Mykola.}{broke_promise(): {fate == "killed": She|You} broke the promise to Mykola{saved != "none":, for someone else's sake}.} {fate == "killed": That is what she did, and it is hers. What follows is what was done, to her and to thousands of others, and what became of the people she loved.|That is what you did, and it is yours. What follows is what was done, to you and to thousands of others, and what became of the people you love.} #id:h.d42.b5fb
->->

// ---------------------------------------------------------------- Where she is when they come in
// Each place is explored as a unit of its own (a knot named *_unit, STORY-GUIDE "Exploration
// units"): everything it needs of the night comes in variables (position, dawn_summary, health and
// the rest), never in visit counts of day_42, so the explorer walks each place once per kind of
// night instead of once per way of reaching it. What the places share (the street, the steppe,
// the selection, the endings) is in h_dawn_fates; visit counts inside one place's run still count.
=== h_barrack_unit ===
-> in_barrack


// ---- The barrack: Maia at the window, Oksana at the door, the promise ----

= in_barrack
# clear
# place: women_barrack
# discuss: leave_quietly
In the barrack women are on the floor, under the bunks, against the walls, praying in four languages. Oksana stands by the door with her shoes in her hand{helped_leaver:, looking at you, as she looked at you the night at the wire}. Maia is at the far window, looking out, too close to the glass. #id:h.d42.60e4
# clear
Outside women are running past towards the street, and someone is calling for everyone to come out and stand together. The voice beyond the wire says it again: leave quietly. {promised_mykola: The floor, Mykola said. Not the door. You promised him.|Every woman in the barrack is waiting to see what the others will do.} #id:h.d42.6410
# clear
"Maia," you say. She does not turn from the window. "They are going into the street," she says, in the voice she must have used for a class that would not settle. "Our women. In their good shirts." Oksana has her hand on the door. Her knuckles are white. Somebody behind you is saying the rosary too fast, losing her place, starting again. #id:h.d42.8cdc
* [Pull Maia down onto the floor # place: women_barrack # history: loudspeakers_leave #id:h.d42.477f]
    ~ saved = "maia"
    -> h_dawn_fates.lie_down
* [Go out to the women in the street # place: women_zone # history: loudspeakers_leave #id:h.d42.6447]
    ~ position = "street"
    -> h_dawn_fates.street(true)
* [{helped_leaver: Go with Oksana, as the voice says|Walk out, as the voice says} # place: guardhouse # history: loudspeakers_leave #id:h.d42.a5b6]
    -> h_dawn_fates.walk_out

=== h_bakery_unit ===
-> in_bakery

// ---- The bakery: Vera and the last bread ----

= in_bakery
# clear
# place: bakery
# discuss: leave_quietly
Vera is at the bakery door, one hand on the frame. Through the gap you see soldiers running across the service yard, and beyond them the white glare over the women's zone. "The bread," Vera says, and takes a step outside, towards the hatch where the queue would form. The voice goes on: leave quietly. # speaker: vera #id:h.d42.ffdf
# clear
Behind you the loaves are nearly done; you can smell the crust. Vera has baked for the zone every night for six weeks{bond_vera >= 3:, and you have watched her count every sack}. {promised_mykola: Lie on the floor, Mykola said. He did not say what to do when someone else will not.|Out there, somewhere, are the women you would bring the bread to.} #id:h.d42.b1c5
# clear
"Vera," you say. "Vera, the bread can wait." She looks at you as though you had spoken Estonian. For six weeks the bread has been the one thing in the zone that could not wait. Behind her a soldier stops in the yard, turns, looks straight at the bakery door, and runs on. #id:h.d42.17ca
* [Pull Vera back behind the ovens # place: bakery # history: loudspeakers_leave #id:h.d42.efc5]
    ~ saved = "vera"
    -> h_dawn_fates.behind_ovens
* [Run for the women's zone # place: women_zone # history: loudspeakers_leave #id:h.d42.4b5e]
    ~ position = "street"
    -> h_dawn_fates.street(true)
* [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave #id:h.d42.d897]
    -> h_dawn_fates.walk_out

=== h_hospital_unit ===
-> in_hospital

// ---- The hospital: the ward, the yard ----

= in_hospital
# clear
# place: hospital
# discuss: leave_quietly
In the ward the men who can stand are at the windows. The ones who cannot are asking what is happening. Outside, close, someone is calling for help, again and again. The doctor is tearing a sheet into strips, fast, not looking up. The voice outside says it: leave quietly. #id:h.d42.e24d
# clear
"Orderly," the doctor says, meaning you, meaning anyone. The calling outside goes on. The man by the window has pulled himself up to look, and the glass beside his head is white with flarelight. {promised_mykola: Don't go out, Mykola said. He did not know you would be here, with people calling.|Through the wall you hear the service yard filling up with engines.} #id:h.d42.487d
# clear
The doctor holds out a bundle of strips without looking up. "If you go out," he says, "go low, and come back. If you stay, I need you here." The man by the window says his daughter's name, the one you promised to remember, and you say it back to him. Outside the calling has become two voices. #id:h.d42.7f71
* [Stay with the patients # place: hospital # history: loudspeakers_leave #id:h.d42.840b]
    -> h_dawn_fates.with_patients
* [Go out to bring in the wounded # place: service_yard # history: loudspeakers_leave #id:h.d42.da5f]
    ~ saved = "stranger"
    -> h_dawn_fates.help_out("hospital")
* [Walk out, as the voice says # place: guardhouse # history: loudspeakers_leave #id:h.d42.0641]
    -> h_dawn_fates.walk_out

=== h_gate_unit ===
-> at_barricade

// ---- The barricade: the pickets ----

= at_barricade
# clear
# place: guardhouse
# discuss: leave_quietly
Soldiers are coming at the barricade from both sides of the gate. The other boy has dropped his iron bar and is staring at it. The one who was hit lies half in the open, in the white light of the flares, and he is moving. The loudspeaker goes on: leave quietly. #id:h.d42.b253
# clear
You are behind two feet of saman and nothing else. The hurt boy turns his head and finds you, and says something you cannot hear. {promised_mykola: Lie on the floor, Mykola said. There is no floor here, only dirt and the wall you carried water to all week.|The boys who built this wall are lying behind it now, or running.} #id:h.d42.bffb
# clear
The younger boy, the one who wanted to hear about trams, has his face pressed into the saman and is saying something over and over. It is his mother's name, or a prayer, or both. The soldiers are shouting to each other now, close, in Russian and in something else. The hurt boy has stopped trying to crawl. #id:h.d42.2f20
* [Drop flat behind the saman # place: guardhouse # history: loudspeakers_leave #id:h.d42.5b80]
    -> h_dawn_fates.caught_at_barricade
* [Drag the hurt boy into cover # place: guardhouse # history: loudspeakers_leave #id:h.d42.a6d0]
    ~ saved = "stranger"
    -> h_dawn_fates.help_out("gate")
* [Stay on the barricade # place: guardhouse # history: loudspeakers_leave #id:h.d42.8b04]
    -> h_dawn_fates.stand_gate
* [Run back into the women's zone # place: women_zone # history: loudspeakers_leave #id:h.d42.5b3b]
    ~ position = "street"
    -> h_dawn_fates.street(true)

=== h_street_unit ===
-> h_dawn_fates.street(false)

=== h_dawn_fates ===
// Reached only by diverts to its stitches, from the places above.

= lie_down
~ dawn_lay_down = true
# clear
You get Maia round the waist and pull her down, harder than you meant, onto the boards between the bunks. You lie across her with your arms over both your heads. {gentle: The floor shakes as something huge goes by outside.|Something huge goes by outside, so close that the window frame cracks.} #id:h.d42.d539
# clear
Oksana crawls in beside you with her shoes still in her hand, and you put your free arm over her too. {promised_mykola: You are keeping your word to Mykola with your whole body. It does not feel like cowardice. It feels like holding on to the edge of something.|Outside someone is calling names, women's names, and you do not get up to answer. You hold on to the two of them.} Maia's prayer goes on under you, in Estonian, steady as a clock. #id:h.d42.e3e1
-> soldiers_in

= behind_ovens
~ dawn_lay_down = true
# clear
You catch Vera's apron strings and haul her back into the narrow hot space behind the ovens. {gentle: Outside there is shooting, and shouting, and engines.|Outside there is shooting close by, and a scream that stops, and engines.} Vera holds your wrist so hard it bruises. The bread burns. Neither of you moves. #id:h.d42.6443
# clear
"Six weeks," Vera says into your shoulder, "and not one loaf wasted." Then she laughs, once, a terrible small laugh, and stops. {promised_mykola: You think of Mykola, who made you promise to lie low, and you are lying low. It is the hardest thing you have ever done with your hands empty.|You hold her, and count the shots, and lose count, and start again.} #id:h.d42.ed8f
-> soldiers_in

= soldiers_in
~ time_of_day = "dawn"
# clear
Then boots, and a soldier in the doorway, very young, shouting: everyone out, hands on your heads. {prayed_for_towers: You prayed for boys like him on Sundays. }His voice cracks on the word "out". It is light. Outside a barrack wall is pushed in, and a tank stands in the street, its engine ticking. {gentle: You try not to look at the ground.|You try not to see what is on the ground: a shoe, a shawl, a hand.} #id:h.d42.fd83
-> steppe

= with_patients
~ dawn_lay_down = true
# clear
# place: hospital
You stay. You get the men away from the windows and down on the floor, and cover the ones who cannot move with mattresses, for whatever mattresses are worth. Then the wounded start coming in, carried, dragged, {gentle: hurt in ways you were never trained for|bleeding, some of them past any help you have}, and there is no time left to be afraid. #id:h.d42.c39a
-> hospital_after

= hospital_after
~ time_of_day = "dawn"
~ dawn_where = "hospital"
# clear
# place: hospital
By full light it is quiet outside, a terrible quiet. The ward is full, and the corridor, and the step. From the window you watch long columns of people marched out through the gate towards the steppe. No one comes for the ones in the hospital. Not yet. You go on tearing sheets. #id:h.d42.5018
# clear
{prayed_for_towers: A soldier stands guard at the ward door all morning, a boy with a cold on his lip. You prayed for boys like him on Sundays. When you carry the basin past him he steps aside and looks at the floor.|A soldier stands guard at the ward door all morning. When you carry the basin past him he steps aside, and neither of you looks at the other.} Women come in, and you look at each face: {saved == "none": Maia is not among them, nor Oksana, and you let yourself hope.|none of them are yours.} #id:h.d42.0109
# clear
In the afternoon a man from the 3rd lagpunkt is carried in, and asks for water, and tells you what happened there: the men fought with stones and bars, and the tanks came anyway. {mykola_hurt: He knows Mykola, the one with the bad leg.|He knows Mykola.} Mykola was lying face down in the steppe when he last saw him, alive. {promised_mykola: You did what he asked. He did not.} #id:h.d42.d4b2
-> h_judged_unit

= caught_at_barricade
~ dawn_lay_down = true
~ time_of_day = "dawn"
# clear
# place: guardhouse
You press yourself flat against the saman beside the other boy. {gentle: Boots, shouting, hands dragging you up.|Boots, a rifle butt in your back, hands dragging you up by the collar.} They do not march you to the steppe with the others. They take the two of you straight to the guardhouse and write your numbers in a book. "Pickets," the officer says. "Both of them." #id:h.d42.a8ca
# clear
# place: prison_zone
They keep you in a cell of the camp prison with the boy, who is sixteen and says so twice. Through the wall you hear the zone emptied out into the steppe, hour by hour. {promised_mykola: You kept your promise to Mykola: you lay down. It was not the floor he meant.|You think of Maia, and whether she found the floor, and of Oksana's shoes.} The boy asks you, once, whether they will shoot pickets. You tell him no, because he is sixteen. #id:h.d42.5937
# clear
{orlov >= 2: Late in the morning an officer looks in at the hatch: young, with a cigarette. For a moment you are sure it is Orlov. It is not, or it is and he does not know you. The hatch closes.|Late in the morning an officer looks in at the hatch, counts you twice, as though two might have become three, and writes something down. The hatch closes. The boy has fallen asleep sitting up.} {knows_names: You begin, quietly, to forget the names on the paper, one by one, on purpose.} #id:h.d42.c06c
-> arrested

// ---- The street of the women's zone ----

= street(came_out)
# clear
# place: women_zone
# discuss: leave_quietly
{came_out: You run out into the street of the women's zone. {h_barrack_unit.in_barrack: Oksana has come out after you, her shoes in her hand.|Oksana is there already, her shoes in her hand.}} All along it women are coming out of the barracks, more and more, and men among them. No one is giving orders. {not came_out: A woman from the choir is crying and laughing at once.} {wish == "people": You wished once for your people. Here they all are, in the open.} The first tank turns into the street, its light on all of you. #id:h.d42.fce0
// From another post she has weighed the promise already: straight to the choice.
{ came_out: -> street_choose }
# clear
Oksana is there, shaking, her shoes in her hand. Beside you a woman in an embroidered shirt takes your arm, and the woman beyond her takes hers. {promised_mykola: Don't be brave, Mykola said. You are standing in the street he told you not to go out into.|The tank comes on at a walking pace, and no one in the street walks away. Behind it come soldiers, and dogs on short leads.} #id:h.d42.4fa8
-> street_front

= street_front
# clear
Someone near the front is shouting to the soldiers that there are women here, only women, can't they see. The tank's engine drowns her out. Oksana looks at you. She has always looked at you when she did not know what to do, and you have never once known either. The woman in the embroidered shirt does not let go of your arm. #id:h.d42.2a40
-> street_choose

= street_choose
* [Stand with the women # place: women_zone # history: loudspeakers_leave #id:h.d42.f919]
    -> stand_street
* [Pull Oksana out of its way # place: women_zone # history: loudspeakers_leave #id:h.d42.0879]
    ~ saved = "oksana"
    -> help_out("street")
* [Run for the 3rd lagpunkt, to {married: Jonas|Mykola} # place: lagpunkt_3 # history: loudspeakers_leave #id:h.d42.3d63]
    -> help_out("third")
* [Lie flat in the dust # place: women_zone # history: loudspeakers_leave #id:h.d42.ee1b]
    ~ saved = "oksana"
    -> flat_in_street
* [Walk towards the gate, hands open # place: guardhouse # history: loudspeakers_leave #id:h.d42.2233]
    -> walk_out

= stand_street
# clear
# place: women_zone
You stay. The woman on your left takes your arm, and you take the arm of the woman on your right, who is Oksana's age and whose name you do not know. {loud_deed == "solo" || loud_deed == "hymn": Someone begins to sing, and it is you.|Someone begins to sing, very badly, and others take it up.} The tank's light is in all your faces. No one lets go. #id:h.d42.847b
-> killed("stand", "street")

= stand_gate
# clear
# place: guardhouse
You stay. You put your hands flat on the saman you carried water to all week, as though a wall could be held up by hands. The other boy looks at you, and stays too, because you did. {orlov >= 2: You think of a cigarette glowing beyond the wire, and a lieutenant who never said what he knew.|Beyond the wire the searchlights have gone dark.} The flares hang and hang. #id:h.d42.699b
-> killed("stand", "gate")

= flat_in_street
~ dawn_lay_down = true
# clear
You drop where you are and pull Oksana down with you, your arms over both your heads. {gentle: The tank passes very close.|The tank passes so close that grit from its tracks stings your neck.} Others in the street are not so lucky, and you hear it. You do not look up until a boot nudges your shoulder. #id:h.d42.a886
# clear
{promised_mykola: The floor, Mykola said. The dust of the street will have to do. You kept it, nearly, and you are alive to be ashamed of how glad you are.|You lie still because it is the one thing left you know how to do, and Oksana is under your arm, shaking.} Oksana's hand is in yours, and you can feel her pulse in it, or yours. #id:h.d42.6dbc
-> steppe

// ---- The steppe: the rows, the photographs ----

= steppe
~ time_of_day = "dawn"
~ dawn_where = "steppe"
# clear
# place: steppe
# note: selection_arrests
They march you out through the open gate into the steppe and make you lie face down, arms stretched out in front. Thousands of you, in rows. Machine guns on the rise. {saved == "maia": Maia is in the row beside you, alive.|{saved == "vera": Vera is two rows behind, still in her apron.|{saved == "oksana": Oksana lies beside you, her fingers touching yours.}}} #id:h.d42.d7a0
# clear
The ground is cold, and then, as the sun climbs, hot. No one may lift their head. {health <= 2: Your legs shake even lying down: {bread_given >= 1: the bread you gave away is in them|six weeks of short bread are in them}.|You let the sun have your back.} In the men's rows a man lifts his head too soon and is shouted down. {promised_mykola: You know the back of that head. Mykola is alive, and looking for you.|You think it is Mykola.} {married: Jonas is somewhere among the men; you cannot find him.} #id:h.d42.0ffb
# clear
Hours. Then officers walk along the rows with papers and photographs, taken at the meetings, when you all stood in the open and never thought anyone would need your face. Now and then they stop, compare, and call a number. Someone stands up and is led away. {loud >= 1: You think of the day you {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}.} #id:h.d42.9050
// A path that came through the street crowd is long already: it goes straight to the selection.
{ flat_in_street: -> h_judged_unit }
-> steppe_officer

= steppe_officer
# clear
{knows_names: An officer stops two rows away and asks a woman something, quietly, over and over. You hold the names from the paper behind your teeth, every one, in order. Not one of them will come from you, whatever they ask.|An officer stops two rows away and asks a woman something, quietly, over and over. She shakes her head against the ground. You shut your eyes and wait for the boots.} {orlov >= 2: Among the officers you look for a young face with a cigarette, and do not find it.} #id:h.d42.e6d0
-> h_judged_unit

= picked_out(where)
# clear
{ where == "hospital":
    Two days later an officer comes into the ward. He looks at a paper, and at you, and at the paper. #id:h.d42.6b43
- else:
    The officer stops at your row. He looks at a paper, and at you, and at the paper. #id:h.d42.344b
}
{ties_underground >= 1: Someone has given them your name.} {role == "messenger": A photograph shows you at the women's representatives' shoulder.} {trust_commission >= 3: A photograph shows you by the commission's table.} {loud >= 2: Someone remembers the woman who {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}.} {position == "street": And you were in the street when the tanks came.} He calls your number. You get up. #id:h.d42.9602
-> arrested

// ---- The endings ----

= arrested
~ fate = "arrested"
# clear
# place: prison_zone
# note: selection_arrests
# ending: arrested
You are one of the 436 people arrested after the uprising, among them every member of the commission. Then come months of questions in a room with a lamp: who carried what to whom, who stood where, who {loud >= 1: was the woman who {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}|taught you the songs}. #id:h.d42.70a0
# clear
{knows_names: They ask for names, and you have names: the whole paper you read against the lamp. You give them none of those. You give them the dead, and the transferred, and the ones you know are already on their lists.|You give as few names as you can, and the ones you give are the dead, and the transferred, and the ones you know they already have.} The leaders will be tried in 1955. About you, the record is silent. #id:h.d42.9aba
# clear
The investigator is a tired man with a cold, who offers you tea and writes down everything, including the things you do not say. {loud >= 1: He has one page on you already: the day you {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}. Someone was listening.|He has very little on you, and this seems to annoy him more than anything you could have done.} {orlov >= 2: Once he asks whether you know a Lieutenant Orlov. You say no.} #id:h.d42.5e4e
-> day_42.remembered ->
-> epilogue

= transferred(where)
~ fate = "transferred"
# clear
{where == "hospital": No one comes for you that day.|No one calls your number in the steppe.} Your number is called a week later, from a typed list: you and about a thousand others, half of them women, said to have supported the revolt. {saved == "maia" || bond_maia >= 3: Maia's number is on the list too. You find each other in the crush at the wagons.} #id:h.d42.9442
# clear
# note: transfers
# ending: transferred
Railway wagons, the doors slid shut. The etap goes east for days, and no one tells you where until you are there: Ozerlag. Another zone, other women, the same sentence. You arrive with the vyshyvanka you put on for Friday, and very little else, and you begin again. #id:h.d42.ff88
# clear
{married: You do not know where Jonas was sent. No one sends a husband and wife to the same camp.|You do not know where Mykola was sent.} At Ozerlag the women from Kengir find each other in the first week, by the songs. {loud >= 1: Someone asks whether you are the one who {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}. You say no, and then, later, yes.|They ask you what it was like, the forty days, and you find you cannot begin.} #id:h.d42.f8bb
-> day_42.remembered ->
-> epilogue

= stayed(where)
~ fate = "stayed"
# clear
{ where == "hospital":
    No one comes for you. The wounded keep coming in all morning, and then fewer, and then none. In the afternoon someone brings bread from outside, real bread, and you cut it into pieces with a thread, so that everyone in the ward has some. #id:h.d42.2e38
- else:
    No one calls your number. The officers pass along your row and go on to the next. In the afternoon you are allowed to sit up, then to stand, and the blood comes back into your arms like needles. Around you people are looking for faces, and some of them find them. #id:h.d42.2e41
}
# clear
# note: selection_arrests
# ending: stayed
What follows is the emptying of the camp: lists read out, lorries, railway wagons, barracks standing open. Your number is on none of the lists. You stay in Steplag and go on serving your term, one of those who were there and were not chosen, which is its own kind of sentence. #id:h.d42.fc22
# clear
{saved == "maia" || bond_maia >= 3: Maia's number is on a list. You walk beside her to the wagons as far as the guards allow, and she makes you say her address in Tartu back to her, twice.|The women of your barrack go, a list at a time. By August you know almost no one.} {married: Jonas goes with the men, east. You never learn where.} #id:h.d42.ed5b
-> day_42.remembered ->
-> epilogue

= walk_out
~ fate = "walked_out"
# clear
# place: guardhouse
You walk towards the voice. {helped_leaver && h_barrack_unit.in_barrack: Oksana has your hand; she is the one pulling.} No one stops you. Women you know see you go; one of them calls your name, once, and then doesn't. {promised_mykola: Don't be brave, Mykola said. This is not what he meant, and it is what he said.} At the open gate a soldier younger than Oksana points with his rifle: that way. #id:h.d42.06bf
# clear
# place: guardhouse
The gate you have looked at every day for six weeks is standing open, and you walk through it. The barricade lies broken to either side. There are soldiers everywhere, and none of them looks at you twice; you are one more woman with her hands open. The steppe beyond smells of wormwood and engine smoke. You do not look back. #id:h.d42.323d
~ time_of_day = "dawn"
# clear
# place: steppe
Beyond the wire they put you on the ground with others, and a man with a list writes down your number. Behind you the noise goes on for a long time: engines, shots, dogs, the loudspeaker reading the same words over and over. You press your face into the dust and count your breaths, and then the people you left. #id:h.d42.7fb2
# clear
Maia, on the barrack floor. {helped_leaver && h_barrack_unit.in_barrack: Oksana, here beside you, because of you, twice now.|Oksana, wherever she is.} Mykola, in the 3rd, where the noise is loudest. {married: Jonas, your husband.} {prayed_for_towers: A soldier brings a bucket of water along the line, a boy, and lets each of you drink. You prayed for him once, or for someone like him.|A soldier brings a bucket of water along the line and lets each of you drink.} #id:h.d42.c0d2
# clear
Later the others are marched out past you to lie in their rows, and some of them see you sitting up, already counted. A woman from your barrack looks at you for a long moment and then away. {bond_maia >= 3: You look for Maia's grey head among them, and find it, and she is alive, and she does not look away.|You look for faces you know, and find few.} #id:h.d42.1f5e
# clear
# note: assault_june26
# ending: walked_out
You did what the loudspeaker said. No record we have found says how many did the same that morning, or what was done with them, or what the others said to them when they met again. You will carry this morning for the rest of your life, as everyone who was there does. #id:h.d42.2d0f
-> day_42.remembered ->
-> epilogue

= help_out(where)
# clear
{ where:
- "street":
    You go for Oksana at a run, get her by the arm, and throw her sideways with everything you have. She goes sprawling into the ditch by the barrack wall, clear of it. The tank is still coming. {promised_mykola: Don't be brave, Mykola said. You did not decide to break it. Your arms decided.|You did not decide anything. Your arms decided, and now it is too late to ask them.} # place: women_zone #id:h.d42.a7c4
- "gate":
    You crawl out into the white light and get the boy by the collar of his jacket. He is heavier than anything you have ever carried. You pull, and he comes, a little, and a little more, towards the saman. {promised_mykola: Lie flat, Mykola said. You are lying flat, and pulling.|His hand finds your sleeve and holds on.} # place: guardhouse #id:h.d42.e380
- "hospital":
    You go out with an orderly and a stretcher. There are people on the ground all across the service yard. You carry in one, then another, then go back for a third, across open ground, in the light of the flares. {promised_mykola: Don't go out, Mykola said. You went out three times.|Each time the door closes behind you, you do not let yourself think about it.} # place: service_yard #id:h.d42.2de2
- else:
    You run for the 3rd lagpunkt, through the gap where the wall was, towards the shouting and the smoke, to {married: Jonas|Mykola}. You do not get there. Between the zones there are soldiers everywhere, and a tank turning in the gap. {promised_mykola: You are running towards the one place Mykola begged you to stay away from.|Somewhere beyond it the men are still shouting.} # place: lagpunkt_3 #id:h.d42.45d3
}
{ health <= 2: -> killed("weak", where) }
-> wounded(where)

= wounded(where)
~ fate = "wounded"
// The reader chose scene or summary for the whole morning at the top of the day.
{ dawn_summary: -> wound_summary(where) }
-> wound_scene(where)

= wound_scene(where)
# clear
{ where:
- "street":
    You throw yourself after Oksana. {gentle: The tank goes by so close that it catches your leg.|The edge of the track catches your leg as it passes, and the world goes white.} #id:h.d42.c20c
- "gate":
    You have him almost into cover. {gentle: Something hits your shoulder, and you fall, still holding on.|Something punches into your shoulder and spins you round, and you fall across him, still holding his collar.} #id:h.d42.1560
- "hospital":
    Halfway across the yard with the third stretcher {gentle: you are hit, and fall.|something slams into your side, and you are on the ground, and breathing is a thing you have to think about.} #id:h.d42.f445
- else:
    You turn back towards the women's zone, and people are running every way at once. {gentle: You are knocked down in the crush, and hurt.|You are knocked down in the crush, and a boot, or a rifle butt, or the ground itself breaks something in your arm.} #id:h.d42.0f06
}
You lie where you fall. Around you the noise goes on, and goes on, and then, slowly, it stops. #id:h.d42.f924
# clear
# place: hospital
Later, and you never learn how much later, someone carries you to the hospital. It went forty days without medicines, and now it has more patients than beds, and still no medicines. {gentle: They do what they can for you.|They set what can be set, and bind what can be bound with strips of sheet.} You are not marched out into the steppe. #id:h.d42.783d
-> wound_end(where)

= wound_summary(where)
# clear
# place: hospital
Halyna is wounded{where == "street": pulling Oksana out of a tank's way}{where == "gate": dragging a hurt picket into cover}{where == "hospital": carrying the wounded in from the service yard}{where == "third": trying to reach the 3rd lagpunkt}. Someone carries her to the camp hospital, which has gone forty days without medicines and still has none. The wound is set and bound with strips of sheet. Because she is in the hospital, she is not marched out into the steppe with the other survivors, and no officer compares her face with a photograph. #id:h.d42.e2cf
-> wound_end(where)

= wound_end(where)
# clear
# place: hospital
The first night you do not sleep. The ward is full of people you half know: a woman from the laundry, a picket from the 2nd lagpunkt, a girl from the choir who keeps asking for her mother in Lithuanian. An orderly goes round with a bucket and a cup. {prayed_for_towers: At the door a soldier stands guard, a boy, and when the girl cries he looks away.|At the door a soldier stands guard all night and never once looks in.} #id:h.d42.ed7e
# clear
For three days you lie on a mattress on the corridor floor. {where == "street": On the second day Oksana comes, with a bruise on her face and nothing worse, and sits by you without a word until a guard sends her away.|{where == "gate": On the second day the boy from the barricade is carried past on a door. He is alive. He lifts a hand.|On the second day someone from your barrack comes with news: Maia is alive, and lay on the floor all morning.}} {promised_mykola: Mykola sends word through an orderly: one line, which says only "You promised." You laugh, and it hurts.} #id:h.d42.23d8
# clear
# note: casualties_dispute
# ending: wounded
You are one of the wounded of 26 June, whose number no one agrees on. When you can walk, you are put on a transport with other women, east, to another camp. The wound heals crooked. You learn to walk with it, and for the rest of your life the weather tells you, a day early, when it is going to turn. #id:h.d42.eb62
# clear
On the transport east the women from Kengir find one another by their limps and their bandages and their songs. {married: No one can tell you where Jonas has been sent; no one sends a husband and wife to the same camp.|No one can tell you where Mykola has been sent.} {loud >= 1: A woman you do not know asks if you are the one who {loud_deed == "solo": sang alone where the tower could hear|{loud_deed == "leaflets": wrote the leaflets by hand|{loud_deed == "hymn": began the hymn alone|{loud_deed == "orlov": answered the lieutenant across the wire|{loud_deed == "name": said a dead man's name aloud|spoke up where the other side could hear}}}}}. You say yes.|A woman you do not know shares her water with you without being asked.} #id:h.d42.ca8f
-> day_42.remembered ->
-> epilogue

= killed(how, where)
~ fate = "killed"
// The reader chose scene or summary for the whole morning at the top of the day.
{ dawn_summary: -> death_summary(where) }
-> death_scene(how, where)

= death_scene(how, where)
# clear
{ how == "stand":
    { where == "gate":
        You stay at the barricade with your hands on the saman. The shots come from the dark beyond the wire, where the searchlights were. {gentle: One of them finds you. You sit down against the bricks, and the sky goes very far away.|One of them hits you in the chest. You sit down against the bricks, and the sky goes very far away.} #id:h.d42.eadd
    - else:
        You stay where you are, among the women. No one has decided anything; you simply do not move, and neither does the woman on your left, or the one on your right. The light of the tank is in your eyes. {gentle: It does not stop.|It does not stop, and the noise of it fills everything, and then it is over you.} #id:h.d42.868a
    }
- else:
    { where:
    - "street":
        Oksana is clear. But you threw her with everything you had, and everything you had was {bread_given >= 1: the bread you gave away, and did not eat|weeks of hunger}, and now your legs will not carry you after her. {gentle: The tank does not stop.|The tank does not stop. The track catches you before you can roll away.} #id:h.d42.3d1b
    - "gate":
        The boy is in cover, almost. You are not. You are too slow these days, too slow getting down: {bread_given >= 1: the bread you gave away is in your legs, or rather is not|weeks of hunger are in your legs}. {gentle: A shot finds you in the open.|A shot hits you in the open, and you lie down beside him in the white light, and do not get up.} #id:h.d42.4261
    - "hospital":
        On the third trip your legs give out, {bread_given >= 1: all the bread you gave away|weeks of hunger} at once, and you go down in the open yard with the stretcher on top of you. The orderly shouts your name. {gentle: You do not get up again.|A shot, or a tank, or the crush: no one will ever know which. You do not get up again.} #id:h.d42.9b8b
    - else:
        You are too slow, {bread_given >= 1: the bread you gave away is in your legs|weeks of hunger in your legs}, to get out of the way. Somewhere ahead, behind the smoke, is the barrack you were running to. {gentle: The tank in the gap does not stop.|The tank turning in the gap does not stop, and does not see you, and it is over very quickly.} #id:h.d42.fd51
    }
}
-> memorial

= death_summary(where)
# clear
Halyna Savchuk is killed in the assault on the morning of 26 June 1954{where == "street": in the street of the women's zone, where, survivors say, the tanks drove into the crowd}{where == "gate": at the barricade before the guardhouse, where the pickets were shot}{where == "hospital": in the service yard, carrying in the wounded}{where == "third": between the zones, trying to reach the 3rd lagpunkt}. She is one of the dead whose number, even now, no one agrees on. Her body is taken away with the others before noon. The women who saw it are face down in the steppe, and cannot go to her. #id:h.d42.855a
-> memorial

= memorial
# clear
# note: women_uprising
# note: named_dead
# ending: killed
Halyna Savchuk. Born near Ternopil, 1930. Seamstress; sang in the choir; carried bread and messages to the forest, and at twenty was given twenty-five years for it. She never lived: she is made from the lives of women who did. Real women died in the zone that morning. Some of their names are known. Most are not. #id:h.d42.c125
# clear
{saved == "maia" || bond_maia >= 3: That evening, in the steppe, Maia asks the woman beside her to remember Halyna's name, so that it is kept in two places.|That evening, in the steppe, the women of her barrack say her name to each other, so that it is kept.} {promised_mykola: Mykola hears a week later. He says nothing for a long time, and then only: she promised.|Mykola hears a week later, from a man who saw.} {married: Jonas looks for her along the rows, and does not find her.} Years later, in three countries, people who never met her will hear her name from people who did. #id:h.d42.4f20
# clear
What she left: a vyshyvanka, red and black at the collar, finished in May from thread ends. A wooden comb from Mykola, carved with her grandmother's pattern. {carried == "maia_paper": An address in Tartu that only Maia now holds.|{carried == "mykola_paper": A paper in her shoe, which no one ever reads.|{carried == "jonas_letter": A letter inside her shirt, which Jonas never gets back.|A place on the boards beside Maia, which stays empty for one night and then does not.}}} She is counted among the dead, or not: thirty-seven by the official figure, forty-six by a later one, hundreds by the survivors' count. #id:h.d42.57be
-> day_42.remembered ->
-> epilogue

// ---------------------------------------------------------------- The selection in the steppe
// Explored as a unit of its own (a knot named *_unit, STORY-GUIDE "Exploration units"): it branches
// on the selection's variables, which the places read only in text. Everything it needs of the
// morning comes in variables (dawn_where, dawn_lay_down, position), never in visit counts.
=== h_judged_unit ===
// ties_underground counts 0, 1 or 2 (2 and 3 alike), so the explorer sees three classes, not four.
~ temp marked = 0
{ ties_underground >= 2:
    ~ marked = 2
- else:
    ~ marked = ties_underground
}
{ loud >= 2:
    ~ marked = marked + 1
}
{ position == "street":
    ~ marked = marked + 2
}
{
- marked >= 3: -> h_dawn_fates.picked_out(dawn_where)
- marked >= 2: -> h_dawn_fates.transferred(dawn_where)
- else: -> h_dawn_fates.stayed(dawn_where)
}

// Mykola's promise at dawn: kept if she lay down, broken if she went out and was hurt or killed.
// dawn_lay_down is set where she lies down or keeps under cover (lie_down, behind_ovens,
// with_patients, flat_in_street, caught_at_barricade).
=== function kept_promise() ===
~ return promised_mykola && dawn_lay_down

=== function broke_promise() ===
~ return promised_mykola && (fate == "killed" || fate == "wounded")
