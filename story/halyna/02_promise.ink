// Halyna, Act II "The broken promise": day_05 (Thu 20 May) to day_12 (Thu 27 May 1954).
// History: fact base §2-3, §4.1, §5.1-5.2, §8.3; addendum §10, §13; addendum-2 §1. Lida, Petro,
// the forewoman and the doctor are fictional; everything inside the zones is reconstruction.
// Globals set (each through functions.ink; role and the Act I-II memory directly):
//   day_05 petro_note + bond_mykola (note via Petro)     day_06 weak_seam
//   day_07 gate_word (+ bond_jonas)                        day_08 stood_by_lida; may23 + one of
//          hope / ties / trust / hope- (# history: may23_anger)
//   day_09 hope or bond_maia; ties or bond_mykola
//   day_10 role (+ bond_vera for kitchen, + trust for messenger)  (# history: role_choice)
//   day_11 trust or bent_rule (+ bond_maia, kitchen)      day_12 hope / trust / hope-
// Reads: the Act I-II memory (letter, may18, may19, generals, petro_note, weak_seam, gate_word,
// stood_by_lida, may23, bent_rule), mykola_hurt, health, met_sokol, bond_jonas, bond_mykola,
// jonas_ask, role, hope. Each only in text: no day here diverts on them except role (11, 12).
// Mykola's wound (mykola_hurt, his thigh, day 3) is seen on day 9 in day_09.brother, behind a
// content note.

// ---------------------------------------------------------------- Thursday 20 May
=== day_05 ===
~ day = 5
~ time_of_day = "dawn"
~ weather = "wind"
~ walls = "breached"
# clear
Thursday, 20 May. The rail clangs at five and the count comes out right the first time. Then the brigades walk to work. You walk with them, the white number on your chest, {health < 7: {gentle: the cut on your forehead healing, | the cut on your forehead itching under its scab, }}through a morning that smells of dust and cold smoke. # place: women_zone #id:h.d05.6e07
{generals:
- "believed": A general's word, you tell yourself at every step. Gates. No punishment. #id:h.d05.3bcd
- "asked": Nineteenth of May, you say under your breath at every step: gates, no punishment. #id:h.d05.3020
- else: Maia walks beside you and says nothing about gates. #id:h.d05.b2c6
}
-> workshop

= workshop
~ time_of_day = "day"
# clear
The hole in the wall is still there. Saman bricks lie where they fell on the nights the men came through, straw sticking out of them. A warder stands beside the gap with his hands behind his back. No one looks at it. Everyone sees it. # place: wall_women_yard #id:h.d05.4d53
# clear
In the workshop the treadles start one by one. Officers' tunics again, khaki, the same seams as last week. Lida at the machine across from yours says the Moscow men have promised kalitki, little gates between the zones, and no punishment for anyone. She says it every hour, a prayer she is not sure of. # place: sewing_workshop # note: return_to_work #id:h.d05.f22e
# clear
Before noon old Petro from the shoe workshop comes across the yard for thread. He sleeps in the 3rd lagpunkt, near your brother's brigade.{mykola_hurt: "The hospital is feeding him," he says, before you can ask.} He looks at your hands, not your face. "A paper is small," he says. "I could carry one. The search at the gate is not always careful." # place: service_yard #id:h.d05.19d9
* [Write to Mykola, and let Petro carry it # place: mykola_barrack #id:h.d05.03a4]
    ~ bond_up(bond_mykola)
    ~ petro_note = true
    You tear a strip from the pattern paper. Four lines in Ukrainian, small: We are both alive. The gates are promised. Eat what they give you. Your sister. Petro folds it into the lining of his cap without reading it. If they find it on him, it is the punishment cell for a man of sixty. He knows that. So do you. #id:h.d05.34db
    # clear
    At the end of the shift he is back for more thread. {mykola_hurt: He went round by the hospital, he says. An orderly took your note in to the ward and came back with one word from your brother: mending. | He drops a twist of paper into your lap. Your brother's square hand: Alive. Whole. Stay away from the walls. M.} You put it inside your patch, against your chest. #id:h.d05.78a0
* [Tell him no: the gates will come soon #id:h.d05.3637]
    "Thank you. No." The promise is a day old, and everyone says Sunday. A man of sixty caught with a note in his cap is a man for the punishment cell, and for what? For four lines you can say to Mykola's face at the gate. #id:h.d05.962c
    # clear
    Petro nods, unsurprised, and takes his thread. All afternoon the note you did not write sits in your chest: how your brother is, who is feeding him, whether he asks for you. You sew it into every seam. At the end of the shift Petro passes your window and does not look in. #id:h.d05.9772
- -> day_06

// ---------------------------------------------------------------- Friday 21 May
=== day_06 ===
~ day = 6
~ time_of_day = "day"
~ weather = "heat"
~ walls = "breached"
# clear
Friday, 21 May. Heat by ten. The workshop window is propped open, and the dust of the yard settles on the khaki faster than you can brush it off. Through the gap in the far wall a man on a roof in the 2nd lagpunkt stops work to look across, and then goes on. # place: sewing_workshop #id:h.d06.f39d
-> tunic

= tunic
# clear
Lida slides a tunic onto your pile. "Convoy troops," she whispers. "A lieutenant. The ones who came into the yard on Tuesday."{mykola_hurt: The ones who shot your brother, she does not say.} She cannot know that. But the tunic has a torn seam under the arm and a laundry tag with a name on it, and your hands stop. #id:h.d06.0d3a
* [Sew it true, as you sew everything #id:h.d06.282d]
    You sew it true: small stitches, even, pressed flat with the iron. It is not for him. It is for you, the one thing in this place you do well and will not do badly for anyone. Lida watches. Then she says, "You are a better woman than me." You are not sure that is what it is. #id:h.d06.63ce
* (weak) [Leave the seam weak, to split when he lifts his arm #id:h.d06.a20c]
    ~ weak_seam = true
    You run the stitch long and loose under the arm, where no inspector looks. It will hold a week. Then one day he will lift his arm to point at someone, and the seam will open. It is nothing. It is the size of a needle. Your heart is pounding all the same. #id:h.d06.93cc
-
# clear
At five the forewoman goes down the rail of finished tunics, turning each one inside out. She stops at yours, {weak: runs her thumb along the seam under the arm, twice, and turns it back, and goes on without a word. Your hands are wet. | looks at the seam for a moment, and goes on.} Outside, the gap in the wall is still a gap. There is no sign of a saw. #id:h.d06.15e1
# clear
In the evening the women's representatives come back from the guardhouse, where they went to ask about the gates. They bring one word back with them: soon. {may19 == "spoke": The one who told you to stand behind her says it to you first, and does not meet your eyes.} Maia turns the word over like a coin. "Soon," she says, "is not a day of the week." # place: women_barrack #id:h.d06.f8d5
-> day_07

// ---------------------------------------------------------------- Saturday 22 May
// A conversation that branches twice: Petro's paper at noon, Maia's question at night.
=== day_07 ===
~ day = 7
~ time_of_day = "day"
~ weather = "clear"
~ walls = "breached"
# clear
Saturday, 22 May. The third day of work as before. Everyone says the gates will be cut tomorrow, on Sunday; who said it first is anyone's guess. At the machine you catch yourself listening for a saw, for hammers, for anything at all from the direction of the wall. # place: sewing_workshop #id:h.d07.03f2
-> message

= message
# clear
# crossing: c1d
# fact: c1d.gate
At noon Petro comes for thread{petro_note:, and a paper goes the other way again| after all, bearing no grudge for Thursday, and with a paper for you}. It is not from your brother. "The Lithuanian," Petro says. "Vaitkus. He asks: will you be at the gate?" {bond_jonas >= 1: Your face goes warm. Lida sees it and grins into her seam. | You remember his voice in the dark on Monday night, careful, bringing news of Mykola. You hardly know him.} #id:h.d07.0d46
* [Send back: "I will be there." #id:h.d07.f4fc]
    ~ bond_up(bond_jonas)
    ~ gate_word = "jonas"
    Four words. Petro nods, and they go off across the yard in his cap, and you cannot call them back. You sit with your hands still on the khaki. It is four years since anyone asked you to be anywhere. Lida hums under her breath, and you let her. #id:h.d07.1ecc
* [Send back only: "Tell my brother I will be there." #id:h.d07.bec6]
    ~ gate_word = "brother"
    Your brother first. That is what you have. Petro's eyebrows go up a little; he says nothing and takes your answer away with the thread. Whatever the Lithuanian makes of it, he will have to make it himself. You are not sure whether you were careful or only afraid. #id:h.d07.b849
- -> choir

= choir
~ time_of_day = "evening"
# clear
In the evening the choir gathers between the bunks to practise for tomorrow. It is still Eastertide, four weeks on, and they sing the Easter hymn: Christ is risen from the dead. Softly, because a warder is at the door. You take the second voice, as always.{may18 == "girls": Two of the girls you sang with on the night of the eighteenth have come to sing too.} # place: women_barrack #id:h.d07.d11c
# clear
Afterwards Maia sits on her bunk with her hands folded. She is a Lutheran and did not know the words. "Petro comes for a great deal of thread," she says. "Who is writing to you, Halyna?" She has never asked you anything so direct. #id:h.d07.0649
* (told) [Tell her: the Lithuanian from the second night #id:h.d07.4d7c]
    You tell her: Jonas, the comb, the gate. {gate_word == "jonas": And what you sent back.|And that you sent back your brother's name instead of your own.} Maia listens the way she listens to the choir, head on one side. "Young," she says. "And serious. Good." You had not known she saw him at all. #id:h.d07.2fb8
* [Tell her: no one. Only the thread. #id:h.d07.817a]
    "No one," you say. "Lida's thread, Petro's boots." Maia looks at you over her folded hands, and lets it go, the way she lets a pupil's lie go when the lie is small and the pupil is tired. "Then sleep," she says. Her back is to you before you can change your mind. #id:h.d07.28bc
-
# clear
The lamp is out. The wind works at the window. {told: "If they do not cut the gates tomorrow," Maia says into the dark, "sing it anyway. And if they do, go and stand in the gate, and let him see you."|"If they do not cut the gates tomorrow," Maia says into the dark, "sing it anyway." Then nothing more.} You lie awake a long time, listening for hammers that do not come. #id:h.d07.1932
-> day_08

// ---------------------------------------------------------------- Sunday 23 May
=== day_08 ===
~ day = 8
~ time_of_day = "day"
~ weather = "dust"
~ walls = "rebuilt"
# clear
Sunday, 23 May. Not a rest day after all: the plan is behind, the forewoman says, and the workshop works. The men's columns go out through the guardhouse as on any weekday. You look along the wall for carpenters, a saw, anything. There is only the warder, and the wind. {gate_word == "jonas": Somewhere past it, a Lithuanian is looking for a gate too.} # place: wall_women_yard #id:h.d08.d2a4
-> transport

= transport
# clear
Mid-morning Petro is at the workshop door, and not for thread. "A transport since dawn," he says. "They are taking the thieves out. The ones brought in this spring. Four hundred, more." He says it flatly, as he says everything. {met_sokol: You think of Sokol going off with your rag in his pocket, and cannot tell whether you wish him gone or here.|You think of the boy holding his face on your porch step that first night, and cannot tell whether you wish him gone or here.} # place: guardhouse # note: may23_walls_rebuilt #id:h.d08.313f
# clear
All afternoon, from beyond the back wall of the workshop, comes a sound you know from building sites: the slap of wet saman, the scrape of a trowel, a voice counting bricks. Not one woman at the machines mentions it. Lida says only, "Good riddance to the thieves," and crosses herself. The needles go up and down. #id:h.d08.bc3e
-> wall

= wall
~ time_of_day = "evening"
# clear
At six the brigade walks back. Where the gap was, there is wall. New bricks, dark with wet, the straw bright in them; the mortar still soft where someone has pressed a thumb into it. Where the gate was promised, there is more wall. Blank, and level, and finished. {generals == "believed": You believed a general. This is what his word looks like, in saman.} # place: wall_women_yard #id:h.d08.3e5c
# clear
The women stop without being told. Lida walks up to the new bricks and lays her palm flat on them, the way you feel a child's forehead for fever. The warder by the wall takes a step towards her. "Move along." "Where is the gate?" Lida asks him. Her voice shakes. He takes out his notebook. #id:h.d08.d277
* (stood) [Stand beside Lida and ask him too #id:h.d08.5203]
    ~ stood_by_lida = true
    You step up beside her. "Where is the gate?" Then another woman is beside you, and five, and ten, and no one is shouting, only asking. The warder looks along the row of you and writes, and stops writing. "Ask your commission," he says, and walks away slowly, to show it was his own idea. #id:h.d08.cd67
* [Pull Lida away before he writes her number #id:h.d08.de65]
    You take Lida's elbow and walk her back into the column, talking about nothing: the heat, the thread. She pulls her arm free, but she comes. Behind you the warder puts his notebook away. "You had no right," Lida says later, without anger. Perhaps you had not. Her number is still her own. #id:h.d08.a66c
- -> anger

= anger
# clear
The barrack, half an hour before the lock. Women sit on the bunks in their boots. One is crying; one is swearing in Latvian, steadily, a lesson learned by heart. {wall.stood: Your number is in a warder's notebook now, next to Lida's.|Lida sits apart from you, working at a hangnail.} Maia says, "They promised gates so that the men would go back to work. The men went back to work." # place: women_barrack #id:h.d08.437b
# clear
She says it the way a teacher gives a date. Past the new wall the bakers are starting the night batch; you can smell the bread. Something in you is burning and has nowhere to go. {may19 == "kept": You kept your name off their lists on the nineteenth. It did not keep the wall down.} Half an hour. What do you do with it? #id:h.d08.f351
* [Sing, loud enough for the men to hear # history: may23_anger # place: women_barrack #id:h.d08.17a7]
    ~ hope_up()
    ~ may23 = "sang"
    You stand on the bunk frame and start the Easter hymn, not softly now. The choir comes in, then women who are not in the choir, then Maia, humming, who does not know the words. Beyond the wall, after a long moment, men's voices answer: the bakers, badly, out of tune. They are there. #id:h.d08.632e
* [Throw a note over the wall: count me in # history: may23_anger # place: wall_women_yard #id:h.d08.221e]
    ~ ties_up()
    ~ may23 = "note"
    You write it in the margin of an old letter: for Mykola Savchuk, 3rd lagpunkt, whatever is decided, count his sister in. You wrap it round a stone and throw it over the new wall, towards the bakery. The barrack elder, at the corner, sees you, and does not look away fast enough. Now someone else knows. #id:h.d08.264b
* [Find the women's representatives: what do we do now? # history: may23_anger # place: women_zone #id:h.d08.4da7]
    ~ trust_up()
    ~ may23 = "reps"
    The representatives sit in the end barrack round a stub of candle. They do not know what comes next either. But they are writing it down: the promise, the date, the wall. "If we go to them again, we go together," one of them says. You sit down and help her spell the words. #id:h.d08.1b48
* [Lie down. Anger is what they are waiting for. # history: may23_anger # place: women_barrack #id:h.d08.aaea]
    ~ hope_down()
    ~ may23 = "still"
    You take off your boots and lie down with your face to the boards. Anger is what they want; anger gives them a reason. You hold it in your two fists like coals and wait for it to go out. It does not go out. It only stops showing. #id:h.d08.bf14
-
~ time_of_day = "night"
# clear
The lock turns in the door. For a long time no one sleeps. #id:h.d08.0751
{may23:
- "sang": Your throat is raw. Women who never spoke to you before touch your shoulder on the way to their bunks. #id:h.d08.d263
- "note": You keep seeing the stone go up, and the elder's face at the corner. #id:h.d08.33ae
- "reps": The spelled-out words are in the end barrack, under the candle stub, dated. #id:h.d08.7f95
- else: Maia's hand finds your back in the dark and stays there. #id:h.d08.0ca0
}
Then, from the men's side, comes a sound you have not heard before: not shouting, but a low noise that rises and falls and rises, a crowd making up its mind. # discuss: walls_rebuilt #id:h.d08.4875
-> day_09

// ---------------------------------------------------------------- Monday 24 May
=== day_09 ===
~ day = 9
~ time_of_day = "dawn"
~ weather = "clear"
~ walls = "open"
# clear
Monday, 24 May. The warder unlocks the door at the usual hour and goes away again, faster than usual. From beyond the new wall comes a thudding, slow and even, like someone beating a carpet the size of a field. Then shouting. Then the thudding again, closer. # place: women_barrack #id:h.d09.7e18
-> wall

= wall
# clear
Dust rises over the top of the wall. The women crowd the doorway. Maia holds the door frame with both hands. "If there is shooting," she says, "they shoot at whatever is standing in the open." The women neither step back from the door nor go out. #id:h.d09.21f5
* (out) [Go out to the wall # place: wall_women_yard #id:h.d09.c4c4]
    ~ hope_up()
    You go. The new saman is barely dry and comes apart more easily than the old: a crack, a bulge, then the end of a beam punching through, and a hand, and a face grey with dust and grinning. "Sisters!" someone shouts in Ukrainian, and someone else in Lithuanian. You are laughing. You did not know you still could. #id:h.d09.43b8
* [Stay with Maia in the doorway # place: women_barrack #id:h.d09.f11d]
    ~ bond_up(bond_maia)
    You stay. Maia's hand finds your wrist and holds it. Together you watch the top of the wall tremble, and sag, and open, and a beam punch through, and men climb over the rubble shouting names. Maia lets go of you. "Well," she says, which from her is a great deal. #id:h.d09.f322
-
~ time_of_day = "day"
# clear
{wall.out: Standing in the rubble, you wait for the shots.|From the doorway you wait for the shots.} You hear only shouting, and the thud of the beam further off, where the next wall is coming down. By the time the sun clears the towers, the women's zone, the service yard and the men's zones are one yard of dust and people. If anyone calls the brigades to work, the call is lost in it. # place: service_yard # note: may24_zones_united #id:h.d09.0202
-> search

= search
# clear
You go to find your brother. Through the service yard, past the open workshop, past the bakery. {may23 == "sang": A baker with flour in his beard points at you and sings one line of the hymn, badly, and laughs.|Women calling names, men calling names.} A woman walks past saying "Ostap, Ostap," not shouting, only saying it, in case he is behind the next person. {wall.out: You still have dust of the wall in your hair.} # place: service_yard #id:h.d09.970d
# clear
# crossing: c1e
# fact: c1e.gate
At the broken wall of the 2nd lagpunkt someone says your name: Jonas Vaitkus, dusty to the eyebrows. {gate_word == "jonas": "You said you would be at the gate," he says. "There was no gate. So we made one."|{bond_jonas >= 2: He takes both your hands, then lets them go again, remembering where he is.|He nods, a little formal. "Your brother had your message," he says.}} {mykola_hurt: His face changes. "Mykola is in the hospital. I will take you." | "Mykola has been at the walls since dawn," he says. "Come."} # place: wall_yard_l2 #id:h.d09.01a6
-> brother

= brother
{ mykola_hurt:
    -> hurt
}
# clear
Mykola's barrack smells of sweat and tobacco. He is sitting on a lower bunk with men round him, talking low; they stop when they see you. He stands up. {bond_mykola >= 4: He holds you so hard your ribs creak. | {bond_mykola <= 2: He holds you carefully, the last days standing between you. | He holds you, then holds you away to look at you.}} {petro_note: Your strip of pattern paper is sticking out of his shirt pocket.} # place: mykola_barrack #id:h.d09.43a1
# clear
{
- may23 == "note":
    "Sestrychko." He is thinner, and his knuckles are cut from the wall. When the others have gone he takes a crumpled paper from his boot: count his sister in. "The bakers brought me this," he says, low. "I have shown it to no one. Go back to your zone. When I need you, I will say so." # speaker: mykola #id:h.d09.2366
- jonas_ask == "no":
    "Sestrychko." He is thinner, and his knuckles are cut from the wall. When the others have gone he says, low, "You told Jonas no. You were right, and I am glad. There are people deciding things now. Don't ask me who. Go back to your zone and keep your head down." # speaker: mykola #id:h.d09.81c0
- else:
    "Sestrychko." He is thinner, and his knuckles are cut from the wall. When the others have gone he says, low, "There are people deciding things now. Good people. Don't ask me who. Go back to your zone and keep your head down for now. When I need you, I will say so." # speaker: mykola #id:h.d09.38dc
}
* (ask) [Ask him anyway: who decides? #id:h.d09.732a]
    ~ ties_up()
    "Who, Mykola?" He looks at the door, at you, at the door. "People who have been ready a long time," he says at last. "Since before the thieves came. That is all, and it's already too much." You know then that you will not go back and keep your head down. You see he knows it too. #id:h.d09.607b
* [Don't ask. Talk about home instead. #id:h.d09.0b4c]
    ~ bond_up(bond_mykola)
    You don't ask. You talk about home instead: the pear tree by the well, the river in spring, who married whom before the war. He laughs at the pear tree. For an hour you are two children from the same village, sitting on a bunk. Whatever the people decide, they can decide without you. #id:h.d09.dd44
- -> night
- (hurt)
# clear
# cn: injury
The next scene is at a hospital bedside and shows a wound, plainly told. #id:h.d09.be95
* [Read the scene #id:h.d09.66e5]
    The hospital smells of carbolic and of too many people breathing. Mykola lies by the window. He is thinner than you remember, and grey under the sunburn. {gentle: His leg is bound up under the blanket, and the dressing is clean today. | The dressing on his thigh shows brown at the edges where it bled through. Clean through, the doctor says, and the fever has broken.} He tries to sit up, to look well for you. You stop him. #id:h.d09.0f79
* [Read a short summary instead #id:h.d09.c26a]
    Mykola was hit in the thigh when the guards fired in the service yard on 18 May. He is in the hospital, weak but out of danger. The doctor, a prisoner himself, says the fever has broken and that he will walk again, slowly. He knows you at once. #id:h.d09.578d
-
# clear
"Sestrychko." He holds your hand, which he has not done since you were children. {petro_note: Your strip of pattern paper is under his pillow.} "I can't walk yet. Someone has to take a word to my barrack for me. Just: Mykola is in the hospital, and he is with them. They will know what it means." He looks at the door. "You don't have to." # speaker: mykola #id:h.d09.262a
* (carry) [Carry his word to his barrack # place: mykola_barrack #id:h.d09.85ef]
    ~ ties_up()
    You cross the zone to the 3rd lagpunkt and say it to the man he named, word for word. {may23 == "note": "The stone over the wall," the man says. "That was you." |The man looks at you for a long moment.} He thanks you the way men thanked you in the forest: briefly, without asking your name. Now they know your face. You find you do not mind. #id:h.d09.64ad
* [Tell him to rest and let it go #id:h.d09.7518]
    ~ bond_up(bond_mykola)
    "Let them find out for themselves. You rest." He starts to argue and has no strength for it. You sit on the edge of the bed until dark, talking about home: the pear tree by the well, the river in spring. He falls asleep in the middle of a sentence, holding on. #id:h.d09.86a4
- -> night

= night
~ time_of_day = "night"
# clear
That night no warder comes to lock the barrack door. Men and women sit together on the porch steps until late, talking low. {bond_jonas >= 2: Jonas sits one step below you, not touching, close enough to feel the warmth of his shoulder.} An accordion plays the same tune again and again. # place: women_barrack #id:h.d09.4881
{
- brother.ask || brother.carry: A man from the 3rd lagpunkt passes along the steps and nods to you alone. #id:h.d09.e281
- else: Mykola's laugh at the pear tree is still in your ears{mykola_hurt:, thin as it was}. #id:h.d09.199e
}
-> day_10

// ---------------------------------------------------------------- Tuesday 25 May
=== day_10 ===
~ day = 10
~ time_of_day = "day"
~ weather = "heat"
~ walls = "open"
# clear
Tuesday, 25 May. At the usual hour a voice at the guardhouse calls the brigades out to work, thin and far away. No one goes: not the men, not the women, not the old or the sick. By the MVD's own report to Moscow, more than four thousand prisoners refuse work today. The report calls them calm. # place: guardhouse # note: may24_zones_united # discuss: refusal_report #id:h.d10.8d96
-> forewoman

= forewoman
# clear
The forewoman finds you in the barrack yard. She is a prisoner like you, a Pole with a long sentence and a straight back. {weak_seam: "The lieutenant's tunic," she says, very low. "I sewed that seam over myself on Friday, and wrote nothing down." Then, aloud:|She does not waste words.} "The colonel's tunics are due on Thursday. I will be at the machines. Whoever comes, I will not forget it." # place: women_zone #id:h.d10.f8a6
* (went) [Go to your machine # place: sewing_workshop #id:h.d10.6eda]
    You go. The workshop is empty but for the two of you and the flies. You sew a sleeve. She sews a collar. Neither of you speaks for an hour. Then one of the women's representatives stands in the doorway, looks at you, and goes away again without a word. Your hands are cold in the heat. #id:h.d10.1d83
* [Stay in the yard with the others #id:h.d10.79bb]
    You stay. The forewoman looks at you a moment longer, then walks off towards the service yard alone, very straight. {stood_by_lida: Lida, beside you, lets out her breath. "You stood by me at the wall," she says. "Now I stand by you."|Lida, beside you, lets out her breath. "Someone has to sew the colonel's tunics," she says, "but it doesn't have to be us."} You are not sure. You stay anyway. #id:h.d10.e82e
- -> departments

= departments
# clear
{forewoman.went: At noon the women's representatives come for you at your machine; the forewoman does not look up.|At noon the women's representatives gather the barrack.} The commission is dividing the work, they say, the way an army divides it, into departments. One for the word: leaflets, wall newspapers. One for defence. One for order and security. A technical one. One for supplies: food, clothing, the bathhouse. # place: women_zone # note: commission_departments #id:h.d10.a370
# clear
# note: commission_departments
Names come with them, names you do not know: Knopmus for the leaflets, Keller for defence. Three women from this zone are said to sit on the commission itself: Mikhailevich, Suprun, Shimanskaya. {went: One of the representatives glances at you, at your hands, and then away.} {may23 == "note": The barrack elder, who saw your stone go over the wall, catches your eye: she has told no one.} #id:h.d10.42c7
# clear
Then the plain work. Vera Sidorenko from the kitchen brigade needs hands: three meals a day for five thousand people, and no one to bring in more. The hospital needs women to wash and boil dressings. The workshop will sew for the zone now. And the representatives need a runner with good legs and a shut mouth. {may19 == "spoke" || may23 == "reps": The representative who knows you looks straight at you as she says it.} #id:h.d10.7bb4
# clear
Vera, whose voice carried over everything on the night of the eighteenth, looks the crowd over like a cook looking over potatoes. {may18 == "water": Her eyes stop on you. "The one who carried," she says, to the air.} {mykola_hurt: The hospital is where Mykola lies.} Women are already stepping forward. Where will you go? #id:h.d10.78c7
* [Vera's kitchen: feed the zone # place: kitchen # history: role_choice #id:h.d10.09de]
    ~ role = "kitchen"
    ~ bond_up(bond_vera)
    You go to Vera. She puts a knife in your hand and a sack of potatoes at your feet, and shows you once how thin she wants the peel. "Thinner than that," she says. "The peel is somebody's supper." By evening your fingers are raw and the cauldrons are full. # speaker: vera #id:h.d10.ad77
* [The hospital: dressings, water, the wounded # place: hospital # history: role_choice #id:h.d10.850f]
    ~ role = "hospital"
    You go to the hospital. A doctor, a prisoner himself, shows you the copper where the dressings boil, the line where they dry, the men who cannot feed themselves. {mykola_hurt: Mykola watches you from his bed by the window, and you know he is glad.} By evening your hands smell of carbolic, and you have learned six names. #id:h.d10.c65b
* [The workshop: sew for our own people now # place: sewing_workshop # history: role_choice #id:h.d10.bf1e]
    ~ role = "sewing"
    You go back to the machines. The officers' tunics hang untouched on the rail. Instead there are jackets torn on the walls, trousers worn through at the knee, a padded coat split from collar to hem. You know these seams. For the first time in four years you are sewing for your own. #id:h.d10.22cf
* [Run messages for the women's representatives # place: women_zone # history: role_choice #id:h.d10.4b90]
    ~ role = "messenger"
    ~ trust_up()
    You go to the representatives. They look at your boots and your legs, and ask whether you can carry a message word for word without writing it down. You can. You did it for the forest, before they caught you. You don't say that. You say yes. #id:h.d10.3a2a
- -> day_11

// ---------------------------------------------------------------- Wednesday 26 May
=== day_11 ===
~ day = 11
~ time_of_day = "day"
~ weather = "wind"
~ walls = "open"
~ defences = true
# clear
Wednesday, 26 May. In the night the broken walls began to move. Men carry the saman bricks in barrows, in blankets, in their arms, to the guardhouses, and build them up again: barricades, chest high, in front of every gate where troops could come in. The walls that kept you apart now stand between you and them. # place: guardhouse # note: commission_departments #id:h.d11.eb34
-> pickets

= pickets
# clear
Men sit on the roofs in pairs now, watching the towers: pickets, the defence department calls them. The guards in the towers watch them back. #id:h.d11.eafc
{role:
- "kitchen": Vera sends bread up to them in a bucket on a rope. #id:h.d11.6627
- "hospital": The doctor has asked for a picket to be sent to him if anyone falls. #id:h.d11.e403
- "sewing": Their jackets are thin; you can see that from here. #id:h.d11.fce4
- else: You will run past them ten times today. #id:h.d11.605f
} Between the two, the wind carries the dust from one side of the wire to the other, and the dust belongs to no one. # place: watchtower #id:h.d11.0102
{
- role == "kitchen": -> kitchen
- role == "hospital": -> hospital
- role == "sewing": -> sewing
- else: -> messenger
}

= kitchen
# clear
Vera's kitchen is steam and shouting and the knock of ladles. Vera has a rule, and keeps it like a commandment: from her cauldrons, the same ladle for everyone. No extra for brigadiers, none for the clerks and trusties who ate better all winter. At the hatch you ladle, and ladle, and ladle. # place: kitchen #id:h.d11.a664
# clear
Then Maia is at the hatch with her bowl. She has grown thin this spring, thinner than you let yourself see. At the bottom of the cauldron is the thick part, the potato and the fat. Vera is three steps away, watching the line, not you. Not yet. #id:h.d11.1f81
* [Ladle it the same as for everyone #id:h.d11.d902]
    ~ trust_up()
    You ladle from the top, the same as for the woman before her and the woman after. Maia looks at the bowl, then at you, and nods: a pupil has passed an examination. "Good," she says. "If it is not the same for everyone, it is the old camp with new cooks." Vera, passing, touches your shoulder. #id:h.d11.8bc9
* [Reach down for the thick part, for Maia #id:h.d11.0add]
    ~ bond_up(bond_maia)
    ~ bent_rule = true
    You tip the ladle deep and bring it up heavy. Maia sees. She says nothing, only holds the bowl a little tighter. Vera sees too. Later, over the washing-up, she says without looking at you: "Once. I saw nothing, once." Your face burns. Maia eats every spoonful. #id:h.d11.7a9a
- -> evening

= hospital
# clear
The hospital has what is on its shelves and no more. The doctor counts the rolls of bandage twice a day. Dressings are boiled, dried on a line in the wind, rolled, and used again until they come apart in your hands. {mykola_hurt: Mykola is sitting up today, and complains about the soup, which is a good sign.} # place: hospital #id:h.d11.dbfd
# clear
At the door a woman from your barrack catches your sleeve. Her husband was hurt on the eighteenth, in the yard. He will not come to the hospital: a wound in a hospital book, he says, is a wound on a list. She wants two rolls of bandage. The doctor is at the far end of the ward. #id:h.d11.fb64
* [Keep the bandages for the ward #id:h.d11.2c57]
    ~ trust_up()
    "Bring him here. No one is writing lists for them now." She does not believe you, and you are not sure you believe yourself. But the rolls stay on the shelf, counted. In the evening the doctor counts them, and nods, and for a moment his tired face is almost kind. #id:h.d11.a39f
* [Slip her two rolls from the shelf #id:h.d11.abac]
    ~ bent_rule = true
    You take two rolls and push them into her hands under her shawl. She is gone before you can tell her how to change a dressing. In the evening the doctor counts, and counts again, and looks along the ward at each of you in turn. He says nothing. Neither do you. #id:h.d11.f4f6
- -> evening

= sewing
# clear
In the workshop there is more work than machines: jackets torn on the walls, trousers worn through, padded coats split from collar to hem. The men on the roofs are cold at night. And at the back, untouched on the rail, hang the officers' tunics and a whole bolt of good khaki. # place: sewing_workshop #id:h.d11.f2ea
# clear
Lida lays her hand on the bolt. "Twenty jackets' worth," she says. "Warm ones. Who is going to wear the colonel's tunics now?" The forewoman is not here today. If this ends the way things end, stolen state cloth will be one more line on somebody's charge sheet. #id:h.d11.003d
* [Leave it: ask the representatives first #id:h.d11.1e45]
    ~ trust_up()
    "Not without asking." Lida rolls her eyes, but she waits while you run to the representatives. They send back a chit: cut it, for the pickets, and write down how much. You write it down. It feels ridiculous and right at once, like signing your name to a letter home. #id:h.d11.5105
* [Cut it now: men are cold tonight #id:h.d11.deb5]
    ~ bent_rule = true
    You unroll the khaki on the table and chalk the first jacket before you can think better of it. Lida cuts; you sew. By dark there are four jackets, rough and warm, and a boy from the roof pulls one on over his rags and laughs. Nothing is written down. No one asked. #id:h.d11.bd72
- -> evening

= messenger
# clear
All day you run: from the women's barracks across the service yard to the commission's people, and back, a folded paper in your fist and the words in your head in case you lose it. The dust gets into your teeth. The pickets wave you through. Everyone knows what a running woman with a paper is. # place: service_yard #id:h.d11.39ed
# clear
On your fourth run a woman from your barrack catches your sleeve. Her husband is in the 3rd lagpunkt, and she is on the kitchen shift and cannot get away. She pushes a second paper at you, folded very small. "For him. Just this once. It is nothing, only words." #id:h.d11.fdae
* [Carry only the representatives' paper #id:h.d11.4cf6]
    ~ trust_up()
    "I carry for the representatives. Only that." Her face closes. You run on with the one paper, and it is lighter, and heavier. If everyone's words rode in the same fist, no one would trust the fist. That is what you tell yourself all the way across the yard. #id:h.d11.b77d
* [Carry her note too #id:h.d11.1de1]
    ~ bent_rule = true
    You take it and push it into your sleeve. In the 3rd lagpunkt you find her husband at his barrack door and give it to him, and see his face, and do not regret it. But now there are two papers in your keeping, and only one of them is anybody's business but yours. #id:h.d11.1959
- -> evening

= evening
~ time_of_day = "evening"
# clear
At dusk the wind drops. From the roofs the pickets call to each other in four languages. Someone says a new commission has come from Moscow, higher than the last: a deputy minister, they say. Someone else says they are sitting outside the wire, deciding. {bent_rule: You hardly hear it. You keep seeing the thing you did today, and who saw it.|You are too tired to care, nearly.} You fall asleep in your clothes. # place: women_barrack #id:h.d11.e3f2
-> day_12

// ---------------------------------------------------------------- Thursday 27 May
=== day_12 ===
~ day = 12
~ time_of_day = "evening"
~ weather = "clear"
~ walls = "open"
~ defences = true
# clear
Thursday, 27 May. All afternoon the word runs ahead of itself: the Moscow commission is here, a deputy minister, the head of the camps, a procurator. Towards six it stops being a word. They are coming into the zone, to a dining hall, to hear the prisoners. Everyone who can is going. # place: meeting_hall #id:h.d12.0fc6
-> arrival

= arrival
# clear
# crossing: c2
# fact: c2.arrival
At twenty-five past six they come through the guardhouse: Yegorov, a deputy minister of internal affairs; Dolgikh, who heads the main camp administration; Vavilov from the Procuracy; officers behind them in a tight knot. Generals' shoulder boards in the dust, among the prisoners. #id:h.d12.3aad
{role:
- "kitchen": You watch from the kitchen door, wiping your hands. #id:h.d12.ed91
- "hospital": You watch from the hospital step, a basin in your arms. #id:h.d12.f3fc
- "sewing": You watch from the workshop door, a thimble still on. #id:h.d12.6856
- else: You watch with a message in your fist, halfway across the yard. #id:h.d12.5a26
} You have never seen so much gold so close. # place: guardhouse # note: may27_demands #id:h.d12.d35a
# clear
# fact: c2.thieves
Men press in from both sides to tell them things: a sentence, a sick wife, a brother shot on the eighteenth. Near the dining hall door two of the thieves the transport did not take push them back, not roughly. "Don't talk to them," one says. "The commission talks for all of us. Only the commission." # place: meeting_hall # note: may27_demands #id:h.d12.cb1d
# clear
The hall fills. You have a minute to decide. #id:h.d12.93eb
{
- role == "kitchen": Vera has supper on the fire for the whole zone and three women to carry it. {bent_rule: "Go if you must," she says. "I saw nothing once. I would like a cook I need not watch."|"Go if you must," she says, not looking up. "You've earned it."} #id:h.d12.232a
- role == "hospital": The ward is full, and the doctor has nobody else on tonight. {bent_rule: He counts the shelf in front of you, roll by roll, and says only: "Go if you must."|"Go if you must," he says. "I can trust you to come back."} #id:h.d12.1a68
- role == "sewing": Lida has gone already. The workshop stands open behind you, the pickets' jackets half done on the table{bent_rule:, cut from the colonel's khaki with nothing written down|, the khaki counted out on the representatives' chit}, and the men on the roofs will be cold tonight. #id:h.d12.1aae
- else: The representatives are going in. "Come with us," one says, "or stay and carry the news to the barracks as it comes." {bent_rule: Her eyes rest on your sleeve. Someone has told her about the second paper.|"You carry straight. We need that tonight."} #id:h.d12.8c25
}
* (went_in) [Go into the dining hall # place: meeting_hall #id:h.d12.dc7d]
    # fact: c2.slogan
    You go. You get in by the side door with a crowd of women and find a place against the wall. The hall is packed to the walls: about two thousand, people say afterwards, on the benches, on the tables, in the windows. On a board by the door, in careful letters: WE ARE FOR SOVIET LAWS BUT AGAINST THOSE WHO DISTORT THEM. #id:h.d12.cb63
* {role == "kitchen"} [Stay with Vera at the cauldrons # place: kitchen #id:h.d12.5809]
    -> stayed
* {role == "hospital"} [Stay on the ward # place: hospital #id:h.d12.80f0]
    -> stayed
* {role == "sewing"} [Stay and finish the pickets' jackets # place: sewing_workshop #id:h.d12.fc60]
    -> stayed
* {role == "messenger"} [Stay, and carry the news to the barracks # place: women_barrack #id:h.d12.5765]
    -> stayed
- -> demands
- (stayed)
# fact: c2.slogan
You stay. Within minutes the news comes to you the way water comes down a line of buckets: the hall is packed, two thousand people, they say; there is a board by the door that says WE ARE FOR SOVIET LAWS BUT AGAINST THOSE WHO DISTORT THEM. Then, in pieces, mouth to mouth, the reading. #id:h.d12.50be
-> demands

= demands
# clear
# fact: c2.reading
{arrival.went_in: From your place by the wall you see Kuznetsov stand up to read.|The first word that reaches you is that Kuznetsov has stood up to read.} A Russian, a colonel once, people say, serving twenty-five years like so many here. He reads from a paper, steadily, not loud, {arrival.went_in: and the hall goes so quiet you can hear the paper move. | and each line is passed back out of the windows, mouth to mouth, to the ones who could not get in.} # note: kuznetsov #id:h.d12.5a00
{arrival.went_in && (may19 == "spoke" || stood_by_lida): An officer behind the generals writes in a notebook, and once looks up along the wall, at the women, at you.} #id:h.d12.f87e
# clear
{arrival.went_in: First, he reads,|First, the window says,} an investigation of the shooting on the seventeenth and eighteenth of May, and punishment for those responsible. Second, no reprisals against anyone on the commission. Third, shorter terms for those serving twenty-five years. Fourth, a change in how prisoners' families are treated. # speaker: kuznetsov # note: may27_demands # document: demands_may27 #id:h.d12.2345
{may18 == "names": At the first you open your hand, though the seven names washed off days ago.} #id:h.d12.5da6
# clear
{arrival.went_in: Fifth,|Fifth, the window says,} a review of the cases of everyone sentenced under Article 58. Sixth, no more exile for prisoners released from the special camps. Seventh, pay for their work on the same terms as free workers. Eighth, free contact with the women: the zones joined for good. # speaker: kuznetsov # note: may27_demands #id:h.d12.5273
{letter == "procurator": At the fifth you think of your letter, in its folder, in Moscow.} #id:h.d12.820d
# clear
{arrival.went_in: Ninth,|Ninth, passed out in a whisper,} limits on the administration's power to punish: nobody put in the ShIZO, the punishment cell, without a prosecutor's sanction. Tenth, better terms of remission for the women. Eleventh, a member of the Party Presidium or a secretary of the Central Committee to come here, to Kengir, and hear it all. # speaker: kuznetsov # note: may27_demands #id:h.d12.27fd
# clear
{arrival.went_in: At the eighth the hall makes a sound, not a cheer, more like a breath. | At the eighth the women around you take hold of each other's hands.} At the eleventh someone near you says, very quietly, "They won't." The Moscow men listen. What they answer comes back to you afterwards in twenty versions, none of them the same. # discuss: demands_moderate #id:h.d12.a0f2
# clear
{arrival.went_in: You did not hear the generals' answer well from the wall.|You did not hear the generals' answer at all.} Later, in the weeks that follow, a story goes round that Yegorov once asked the prisoners who had filled them with such hatred of the MVD. You never meet anyone who heard him say it. It is told anyway, and every time it is told, someone answers the question for him. # note: may27_demands #id:h.d12.caaf
-> walk_home

= walk_home
~ time_of_day = "night"
# clear
Walking back in the dark, you count the demands on your fingers the way you counted prayers as a girl. Eleven. Too many to hope for all at once. The searchlights sweep over the barricades and over you. {generals == "believed": A week ago you believed a general.} Which one do you carry home? # place: women_zone #id:h.d12.ca61
* (eighth) [The eighth: that the zones stay one, for good #id:h.d12.73d8]
    ~ hope_up()
    The eighth. Not the big ones; the near one. That you can walk to {mykola_hurt: the hospital bed by the window | your brother's barrack} whenever you like, that Maia can sit on a porch with men and women both, that no one builds the wall again. "They could give you that tomorrow," Maia says in the dark, "and take it back the day after. Hope for it anyway." #id:h.d12.956e
* (fifth) [The fifth: that someone in Moscow reads our cases #id:h.d12.bed0]
    ~ trust_up()
    The fifth. A clerk in Moscow opening your file, reading what you did (bread and messages for boys in a forest) and what you got for it (twenty-five years), and putting down his pen. A small hope, and a huge one. The commission has put it on paper, in their language. Perhaps that is how it is done. #id:h.d12.ace0
* [None. They will answer with soldiers. #id:h.d12.c9c8]
    ~ hope_down()
    None of them. You have seen Moscow men before; you saw the wall on Sunday. The paper was read and the generals listened, and somewhere outside the wire they will decide without you, as they always have. You keep your hands in your pockets so that no one sees them shake. #id:h.d12.329c
-
# clear
You lie down in a barrack with no lock on its door. Maia's breathing is slow beside you. {bond_jonas >= 2: Somewhere in the 3rd lagpunkt Jonas is lying awake too; you are sure of it.} Out on the barricade a picket is singing under his breath against sleep. # place: women_barrack #id:h.d12.0586
{
- walk_home.eighth: You say the eighth demand over once more, like a name, and {hope >= 7: find you are humming the Easter hymn under the blanket.|fall asleep on the word "good".} #id:h.d12.f08e
- walk_home.fifth: {letter == "procurator": Two letters in Moscow now, yours and theirs.|The paper is in Moscow's language now.} You fall asleep wondering who will read it first. #id:h.d12.761e
- else: {hope <= 3: You cannot make yourself say the evening prayer tonight. Maia says it for you, in Estonian, and you let her.|You say the evening prayer with your fists shut, and mean half of it.} #id:h.d12.ca76
}
-> day_13
