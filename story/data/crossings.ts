// The crossings of the paths (story bible §11; docs/briefs/crossings.md): the moments two viewpoints
// live together, written once as facts. A path marks the first line of a crossing scene with
// `# crossing: <id>` and each line that carries a fact with `# fact: <fact id>` (a variant as
// `# fact: <fact id>.<variant>`, or the bare fact id when its words say which). The story tests
// check every viewpoint's exploration against this file (tools/story/crossings.ts). Test data,
// reviewed like endnotes: the running story never reads it. `said` and the variants' words are
// taken verbatim from Halyna's ink (the owner of C1-C5); spoken words only, since narration
// differs from one viewpoint to the other. `owner`: the viewpoint whose text is the reference and
// whose choices the variants are; it must show each of its crossings and every variant. Changing a shared fact changes this file and every path
// that shows it, in one commit.
import type { CrossingInput } from '../../tools/story/crossings.ts';

export const crossings: CrossingInput[] = [
  {
    id: 'c1', day: 2, time: 'near midnight, until before first light', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['women_barrack', 'wall_women_yard', 'watchtower'], present: ['halyna', 'jonas', 'maia'],
    facts: [
      { id: 'c1.door', what: 'The barrack door is barred (he knocks at the window by her bunk) or on the latch (he stands in the doorway). Jonas\u2019s path: always barred.', variants: { barred: null, latch: null } },
      { id: 'c1.intro', what: 'Jonas introduces himself, in careful Russian with a Baltic lilt, saman dust in his eyebrows.', always: true, said: 'I am Jonas. Vaitkus. From Kaunas. I sleep two bunks from your brother.' },
      { id: 'c1.comb', what: 'Mykola is well, thinner, held back by his own people; the wooden comb with the grandmother\u2019s pattern.', always: true },
      { id: 'c1.ask', what: 'Mykola\u2019s friends want someone in the women\u2019s zone to carry a word.', always: true, said: 'Someone to carry a word, when a word needs carrying.' },
      { id: 'c1.answer', what: 'Her answer to the ask (Halyna\u2019s choice; Jonas\u2019s path picks it by how he asks).', variants: { yes: 'Yes,', think: 'I\'ll think,', no: 'Tell him I carried enough.' } },
      { id: 'c1.shot', what: 'A shot over the service yard, a long burst, the searchlight holds the breach, Jonas half in the light.', always: true },
      { id: 'c1.light', what: 'She pulls him down behind the porch step (thanks in Lithuanian, then Russian) or tells him to run.', variants: { pull: null, go: 'Now, while the light is on the other side.' } },
    ],
    knowledge: {
      halyna: 'The comb\u2019s pattern, her letter, the forest, what her answer cost.',
      jonas: 'Who sent him, how much Mykola told him, where the shots came from on his way back, whether he got home.',
    },
  },
  {
    id: 'c1b', day: 3, time: 'dusk, then the night of the shooting', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['wall_women_yard', 'bakery', 'service_yard'], present: ['halyna', 'jonas', 'mykola', 'maia'],
    facts: [
      { id: 'c1b.word', what: 'Jonas at the breach at dusk with Mykola\u2019s word.', always: true, said: 'Behind the bakery. He wants to see you.' },
      { id: 'c1b.soldiers', what: 'The soldiers stand by the stores, fifty steps from the bakery.', always: true },
      { id: 'c1b.answer', what: 'Go with Jonas to the bakery wall (she is cut) / send Mykola home (unhurt) / tell him to come (Mykola wounded, the hospital).', variants: { go: null, send: 'Tell him to go home,', come: 'Tell him to come,' } },
    ],
    knowledge: {
      halyna: 'Her brother\u2019s face after four years, or only a raised hand across the yard.',
      jonas: 'How close the soldiers stand, and whether he told her.',
    },
  },
  {
    id: 'c1c', day: 4, time: 'evening', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['wall_women_yard'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c1c.promise', what: 'What the men of the 3rd say of the commission\u2019s promises.', always: true, said: 'They say: write down every promise, with the date,' },
    ],
    knowledge: { halyna: 'Whether she asked.', jonas: 'Whose words these are (Stasys\u2019s).' },
  },
  {
    id: 'c1d', day: 7, time: 'noon', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['sewing_workshop', 'service_yard', 'women_barrack', 'barrack_jonas'], present: ['halyna', 'petro'],
    facts: [
      { id: 'c1d.gate', what: 'Petro carries Jonas\u2019s question to Halyna.', always: true, said: 'will you be at the gate?' },
    ],
    knowledge: { halyna: 'Whether she answers.', jonas: 'That he sent it, and why.' },
  },
  {
    id: 'c1e', day: 9, time: 'the day the walls fall', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['wall_yard_l2', 'lagpunkt_2'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c1e.gate', what: 'At the broken wall: his gate line only if she answered his day-7 word.', variants: { gate: 'There was no gate. So we made one.', other: null } },
    ],
    knowledge: { halyna: 'What she sent back on day 7.', jonas: 'What he helped break.' },
  },
  {
    id: 'c1f', day: 13, time: 'day', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['guardhouse', 'service_yard', 'women_zone'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c1f.word', what: 'The false \u201cmined\u201d boards: nothing under them; Jonas works with the technical men on every path.', always: true, said: 'Only the word.' },
    ],
    knowledge: { halyna: 'That the boards are a bluff.', jonas: 'Who painted them.' },
  },
  {
    id: 'c2', day: 12, time: '18:25 to the evening', owner: 'halyna', viewpoints: ['halyna', 'jonas', 'pavel'],
    places: ['meeting_hall', 'guardhouse', 'lagpunkt_2', 'women_barrack', 'commission_rooms'], present: ['halyna', 'jonas', 'pavel', 'kuznetsov'],
    facts: [
      { id: 'c2.arrival', what: 'Yegorov, Dolgikh and Vavilov come through the guardhouse at twenty-five past six, officers behind them.', always: true },
      { id: 'c2.thieves', what: 'Two thieves by the dining-hall door keep prisoners from talking to the officials.', always: true, said: 'The commission talks for all of us. Only the commission.' },
      { id: 'c2.slogan', what: 'The board by the door (the board is fiction, the slogan recorded).', always: true, said: 'WE ARE FOR SOVIET LAWS BUT AGAINST THOSE WHO DISTORT THEM' },
      { id: 'c2.reading', what: 'Kuznetsov stands and reads the demands from a paper, steadily, not loud; lines passed out of the windows.', always: true },
    ],
    knowledge: {
      halyna: 'The generals\u2019 gold close up and, inside, the officer\u2019s notebook.',
      jonas: 'The crowd outside the windows, and the face of the clerk who passes the paper out.',
      pavel: 'The text exactly, and who sat where.',
    },
  },
  {
    id: 'c3a', day: 14, time: 'noon', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['women_zone', 'loudspeaker_pole', 'tech_rooms'], present: ['halyna', 'jonas', 'stasys'],
    facts: [
      { id: 'c3a.count', what: 'The first test of the loudspeakers: a man\u2019s voice, a little hoarse, counting.', always: true, said: 'One, two, three. Can the first lagpunkt hear us?' },
    ],
    knowledge: { halyna: 'Only the voice out of the air.', jonas: 'Who is at the microphone and what the wire is made of.' },
  },
  {
    id: 'c4a', day: 15, time: 'after the Lithuanians\u2019 Mass', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['women_zone', 'service_yard', 'lagpunkt_3', 'bathhouse'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c4a.ask', what: 'By the water tank Jonas asks her to think about marrying (his path: only if he chooses to ask; on bond_halyna <= 1 she answers no on day 17).', always: true, said: 'Will you think about it? That\'s all. Just think.' },
    ],
    knowledge: { halyna: 'What she will answer.', jonas: 'How long he rehearsed it.' },
  },
  {
    id: 'c4', day: 17, time: 'day', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['lagpunkt_3', 'service_yard', 'tech_rooms', 'bathhouse'], present: ['halyna', 'jonas', 'father_ihor'],
    facts: [
      { id: 'c4.ihor', what: 'Father Ihor in the end barrack of the 3rd writes nothing down.', always: true, said: 'He can marry you before God. He cannot marry you before anyone else.' },
      { id: 'c4.answer', what: 'Marry tomorrow (he sits down on a crate) / a freer day / no, not behind wire (he goes into the technical rooms).', variants: { yes: null, wait: 'You\'ll tell me when you see it coming.', no: null } },
    ],
    knowledge: { halyna: 'Why she answered as she did.', jonas: 'What her answer does to him.' },
  },
  {
    id: 'c4b', day: 18, time: 'noon, then the evening at the café', owner: 'halyna', viewpoints: ['halyna', 'jonas', 'pavel'],
    places: ['lagpunkt_3', 'service_yard', 'loudspeaker_pole', 'lagpunkt_2', 'women_zone', 'women_barrack', 'tech_rooms', 'barrack_pavel'], present: ['halyna', 'jonas', 'nadia', 'antanas', 'father_ihor', 'pavel'],
    facts: [
      { id: 'c4b.wedding', what: 'At noon Father Ihor marries Halyna and Jonas, or Motria and Antanas with Jonas at the loudspeaker pole; rushnyk, rings from a copper pipe.', variants: { theirs: null, nadia: null } },
      { id: 'c4b.collar', what: 'At the café: she turns his frayed collar for the portrait for his mother, or refuses.', variants: { turned: null, face: 'They have your face already,' } },
    ],
    knowledge: { halyna: 'Who gave the rushnyk.', jonas: 'His mother\u2019s only picture of him.' },
  },
  {
    id: 'c24', day: 24, time: 'evening', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['dining_hall_2'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c24.concert', what: 'The concert in the dining hall, men and women on the same benches; Jonas at the back with the technical men, who have run a wire so that the loudspeakers carry the hall to every barrack.', always: true },
      { id: 'c24.refrain', what: 'The choir sings the new song written in the zone, with its refrain.', always: true, said: 'We will not be slaves' },
      { id: 'c24.first_line', what: 'Halyna sings the first line alone, or the choir begins together (Halyna\u2019s choice; Jonas\u2019s path: alone if bond_halyna >= 3).', variants: { solo: null, together: null } },
    ],
    knowledge: { halyna: 'Whether she dares the first line, and who may be writing down who sang.', jonas: 'The knob under his hand, and the wire that throws the song over the towers.' },
  },
  {
    id: 'c29', day: 29, time: 'evening prayers', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['women_zone'], present: ['halyna', 'jonas', 'father_ihor'],
    facts: [
      { id: 'c29.bread', what: 'Father Ihor says the Our Father slowly and stops after the words, waiting for someone to laugh; the crowd is silent.', always: true, said: 'our daily bread' },
      { id: 'c29.jonas', what: 'Jonas says it in Lithuanian beside her, half a beat behind (married), or across the crowd (Halyna\u2019s c4 answer; Jonas\u2019s path: j_proposal).', variants: { beside: 'half a beat behind', across: 'Across the crowd' } },
    ],
    knowledge: { halyna: 'The night at the barricade that follows.', jonas: 'Father Ihor\u2019s ask for the hospital, and the bread in his pocket.' },
  },
  {
    id: 'c30', day: 30, time: 'evening', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['women_barrack'], present: ['halyna', 'jonas', 'maia'],
    facts: [
      { id: 'c30.step', what: 'Halyna\u2019s barrack step in the evening, under the searchlight.', always: true, said: 'while the searchlight comes and goes' },
      { id: 'c30.together', what: 'They sit on the step together (married), or Jonas passes with a coil of wire while she sits with Maia.', variants: { step: 'your shoulder against', passing: 'coil of wire' } },
      { id: 'c30.drawing', what: 'He shows her the drawing for his mother (the collar she turned, c4b), or his collar is still frayed.', variants: { drawing: 'a young man in a turned collar, failing not to smile', frayed: 'still frayed' } },
    ],
    knowledge: { halyna: 'What she prays for, and what Maia says.', jonas: 'The valve that would not light, and the men saving their strength in his barrack.' },
  },
  {
    id: 'c3b', day: 38, time: 'afternoon and night', owner: 'halyna', viewpoints: ['halyna', 'jonas', 'pavel'],
    places: ['tech_rooms', 'mykola_barrack', 'radio_room', 'commission_rooms'], present: ['halyna', 'jonas', 'stasys', 'pavel'],
    facts: [
      { id: 'c3b.tonight', what: 'The broadcast to the soldiers: hungry, the stores nearly gone, someone from the Central Committee.', always: true, said: 'Tonight we say it to the soldiers,' },
      { id: 'c3b.settlement', what: 'The prisoners\u2019 equipment does not reach the settlement.', always: true, said: 'Nothing we build reaches the settlement.' },
      { id: 'c3b.wire', what: 'He tells her to listen for it.', always: true, said: 'When you hear it, that\'s my wire.' },
    ],
    knowledge: { halyna: 'That it is his wire.', jonas: 'Whose script it is, and whether he adds a line.' },
  },
  {
    id: 'c4c', day: 41, time: 'the last evening', owner: 'halyna', viewpoints: ['halyna', 'jonas'],
    places: ['barrack_jonas', 'lagpunkt_3', 'mykola_barrack', 'women_zone', 'women_barrack', 'bakery', 'tech_rooms'], present: ['halyna', 'jonas'],
    facts: [
      { id: 'c4c.letter', what: 'His letter for his mother; he asks her to carry it.', always: true, said: 'A woman\'s things are searched less. Or so they say.' },
    ],
    knowledge: { halyna: 'Whether she takes it.', jonas: 'What is in it.' },
  },
  {
    id: 'c5', day: 42, time: '03:00 to about 05:00, then the steppe', owner: 'halyna', viewpoints: ['halyna', 'jonas', 'pavel'],
    places: ['women_barrack', 'women_zone', 'bakery', 'lagpunkt_3', 'barricade_l3', 'tech_rooms', 'roof_l3', 'barrack_jonas', 'loudspeaker_pole', 'steppe', 'hospital', 'lagpunkt_2', 'barrack_pavel', 'commission_rooms', 'radio_room', 'guardhouse'], present: ['halyna', 'jonas', 'pavel'],
    facts: [
      { id: 'c5.silent', what: 'The prisoners\u2019 loudspeaker silent since midnight; still dark at three, the sky pales about four.', always: true },
      { id: 'c5.tanks', what: 'Five tanks, people will say afterwards; soldiers and dogs; a roar and stones on armour from the 3rd lagpunkt (not on every path: a summary may tell it).' },
    ],
    knowledge: { halyna: 'The women\u2019s zone street.', jonas: 'The 3rd lagpunkt, where the resistance was fiercest.', pavel: 'The 2nd lagpunkt.' },
  },
];
