// Classroom segments: the story cut into lessons of about 8 to 15 minutes of reading, each
// starting at a day hub. Written here: title, dates, a two-line summary, the learning focus and
// content notes. Computed by `npm run segments:build` (story/data/segments-state.json): the start
// state, words and minutes, prompts, endnotes and key choices. Change a boundary here, then run
// the build; tests/story/segments.test.ts checks the two agree and every segment reads in 6-15 min.
import type { SegmentInput } from '../../src/modes/classroom/segmentSchema.ts';

export const segments: SegmentInput[] = [
  {
    id: 'numbers_and_walls',
    title: 'Numbers instead of names',
    from: 0, to: 2,
    dates: 'Early May and 16–17 May 1954',
    summary: [
      'Halyna sews in the service-yard workshop of a special camp, a number on her back; on 16 and 17 May men cross the walls between the zones.',
      'The class meets the camp and its people, and asks why the men crossed.',
    ],
    focus: 'Context: what the special camps were, and what had changed since Stalin’s death in 1953.',
    contentNotes: ['Imprisonment and forced labour.', 'Guards fire at prisoners crossing the walls (told, not shown in detail).'],
  },
  {
    id: 'the_third_night',
    title: 'The third night',
    from: 3, to: 5,
    dates: '18–20 May 1954',
    summary: [
      'On the third night soldiers shoot in the service yard, and people are killed and wounded; the generals from Moscow promise, and the brigades go back to work.',
      'The class weighs how the dead were counted, and whether to trust the promise.',
    ],
    focus: 'Sourcing and corroboration: how we know about the shootings, and why the counts differ.',
    contentNotes: ['Shooting, deaths and wounds (the scene can be read as a short summary).', 'Fear for a brother.'],
  },
  {
    id: 'broken_promise',
    title: 'The broken promise',
    from: 6, to: 10,
    dates: '21–25 May 1954',
    summary: [
      'Work goes on as before until, on 23 May, the walls are rebuilt; the next day the prisoners break them down again, and nobody goes to work.',
      'The class follows a promise broken, what the prisoners did with their anger, and reads the MVD’s own report of the refusal.',
    ],
    focus: 'Agency and sourcing: the choices prisoners had, and what an official report tells us.',
    contentNotes: ['Injuries when the walls come down again.'],
  },
  {
    id: 'the_demands',
    title: 'The demands',
    from: 11, to: 15,
    dates: '26–30 May 1954',
    summary: [
      'Barricades at the guardhouses; on 27 May the Moscow commission hears the prisoners’ demands; the zone begins to govern itself, with equal bread, a loudspeaker of its own and faith in the open.',
      'The class asks why the demands were so moderate, and how thousands of prisoners of many nations organised a life together.',
    ],
    focus: 'Context: the prisoners’ demands and their self-government.',
    contentNotes: [],
  },
  {
    id: 'the_republic',
    title: 'A republic behind the wire',
    from: 16, to: 22,
    dates: '31 May – 6 June 1954',
    summary: [
      'The bathhouse and the barber as usual, a priest who marries couples, a commission member replaced, kites and balloons carrying leaflets.',
      'The class looks at daily life, rumour and trust inside the zone, and how prisoners tried to reach the outside world.',
    ],
    focus: 'Corroboration: rumours inside the zone against what the sources can confirm.',
    contentNotes: [],
  },
  {
    id: 'voices_over_the_wire',
    title: 'Voices over the wire',
    from: 23, to: 29,
    dates: '7–13 June 1954',
    summary: [
      'The authorities’ loudspeakers call the prisoners back to work and threaten to disband the camp; pigeons carry leaflets; by the MVD’s account, the bread is cut to 500 grams; a friend wants to leave the zone.',
      'The class compares the two sides’ propaganda, and discusses pressure inside a protest.',
    ],
    focus: 'Sourcing: propaganda from both sides of the wire, and coercion inside the uprising.',
    contentNotes: ['Hunger, and threats between prisoners (both scenes can be read as a short summary).'],
  },
  {
    id: 'the_last_days',
    title: 'The last days',
    from: 30, to: 34,
    dates: '14–18 June 1954',
    summary: [
      'Nothing happens, and that is the news; unknown to the zone, a train with tanks is on its way. The stores run down, the loudspeakers warn, and a young officer talks to the pickets across the wire.',
      'The class asks what the prisoners could know, and who on the other side was watching and listening.',
    ],
    focus: 'Context: what the prisoners knew and did not know, without hindsight.',
    contentNotes: ['Hunger and exhaustion.'],
  },
  {
    id: 'voices_in_the_dark',
    title: 'Voices in the dark',
    from: 35, to: 40,
    dates: '19–24 June 1954',
    summary: [
      'Kuznetsov speaks on the camp radio about his family; a Sunday service reads the names of the dead of May; a brother asks for a promise; a rumour of a strike in another camp; the last bread is shared, and the night duties are handed out.',
      'The class weighs what can be known of a speech no one recorded, and how to test a rumour.',
    ],
    focus: 'Sourcing and corroboration: a broadcast known from one account, and a rumour checked against three.',
    contentNotes: ['Hunger.', 'Grief for the dead of May.'],
  },
  {
    id: 'dawn',
    title: '26 June',
    from: 41, to: 42,
    dates: '25–26 June 1954 and after',
    summary: [
      'A last Friday evening, and Halyna decides where she will be; early on 26 June troops and tanks enter the zone, people are killed and wounded, and arrests and transfers follow.',
      'The class reads how the end is told by different sources, and what became of the prisoners.',
    ],
    focus: 'Corroboration: the disputed numbers of the dead and wounded.',
    contentNotes: ['Violence, death and injury (the scene can be read as a short factual summary; gentle mode removes physical detail).', 'Hunger.'],
  },
];
