// Classroom segments: each path of the story cut into lessons of about 8 to 15 minutes of reading, each
// starting at a day hub. Written here: title, dates, a two-line summary, the learning focus and
// content notes. Computed by `npm run segments:build` (story/data/segments/<viewpoint>.json): the start
// state, words and minutes, prompts, endnotes and key choices. Change a boundary here, then run
// the build; tests/story/segments.test.ts checks the two agree and every segment reads in 6-15 min.
// The written text is translated in story/l10n/<lang>/history.po (`segment:<viewpoint>.<id>:<field>`):
// run `npm run i18n:extract` after changing it.
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

// Jonas Vaitkus's path (issue 14; docs/briefs/jonas-arc.md §8): nine segments.
export const jonasSegments: SegmentInput[] = [
  {
    id: 'j_prologue_walls',
    title: 'Paper and walls',
    from: 0, to: 2,
    dates: 'Early May and 16–17 May 1954',
    summary: [
      'Jonas, a Lithuanian radio mechanic sentenced at seventeen for leaflets, works at the ore plant; on 16 and 17 May men cross the walls, and on the second night he carries a word to Halyna Savchuk in the women’s zone.',
      'The class meets the camp from the men’s side, and asks why the men crossed and what the guards did.',
    ],
    focus: 'Context: who was held in the special camps, and why young men from Lithuania and Ukraine were among them.',
    contentNotes: ['Imprisonment and forced labour.', 'Shots in the dark (fear; told, not shown in detail).'],
  },
  {
    id: 'j_shooting_promise',
    title: 'The shooting and the promise',
    from: 3, to: 7,
    dates: '18–22 May 1954',
    summary: [
      'Soldiers shoot in the service yard on the third night; a commission from Moscow promises, and the prisoners go back to work.',
      'The class compares how the dead were counted by different sources, and what a written promise is worth.',
    ],
    focus: 'Sourcing: three death tolls from three kinds of source.',
    contentNotes: ['Shooting, deaths and wounds (the scene can be read as a short summary).'],
  },
  {
    id: 'j_roles_demands',
    title: 'Roles and demands',
    from: 8, to: 12,
    dates: '23–27 May 1954',
    summary: [
      'On 23 May the walls go up again; the next day the prisoners break them down and the zones are united; the commission forms departments, and Jonas goes to the technical department and chooses what else he does; on 27 May he hears the demands passed out of the windows of a packed dining hall.',
      'The class reads the demands and asks what a revolt needs most.',
    ],
    focus: 'Agency: the roles prisoners took on, and the demands in their own order.',
    contentNotes: [],
  },
  {
    id: 'j_the_wires',
    title: 'The wires',
    from: 13, to: 16,
    dates: '28–31 May 1954',
    summary: [
      'Barricades and false “mined” boards go up; the loudspeakers built from two film projectors’ amplifiers speak for the first time; Jonas may ask Halyna a question.',
      'The class asks whether a bluff is a weapon, and what is known and not known of the power supply.',
    ],
    focus: 'Sourcing: what the record says about the technical department, and what stays unknown.',
    contentNotes: [],
  },
  {
    id: 'j_wedding_kites',
    title: 'Weddings and kites',
    from: 17, to: 23,
    dates: '1–7 June 1954',
    summary: [
      'A wedding before God and no one else, a café with a count for a host, and kites from the roofs carrying leaflets over the wire while warders chase them.',
      'The class looks at how prisoners tried to reach the world outside, and who was meant to read the leaflets.',
    ],
    focus: 'Context: everyday life and propaganda inside the free zone.',
    contentNotes: [],
  },
  {
    id: 'j_voices',
    title: 'Voices',
    from: 24, to: 30,
    dates: '8–14 June 1954',
    summary: [
      'A concert carried by wire to every barrack; the authorities’ loudspeakers answer with records; bread is cut by the MVD’s account; the prisoners speak to the soldiers and build a transmitter whose range no one knows.',
      'The class asks how we can know what a broadcast did, when no one recorded who heard it.',
    ],
    focus: 'Sourcing: claims about the radio and what evidence could settle them.',
    contentNotes: ['Hunger.'],
  },
  {
    id: 'j_countdown',
    title: 'The countdown',
    from: 31, to: 35,
    dates: '15–19 June 1954',
    summary: [
      'Ordinary days that the reader knows are numbered; a rumour of a strike elsewhere; the bench master asks for a promise, and a young friend asks for help with something that burns.',
      'The class weighs weapons, fear and the MVD’s framing of them.',
    ],
    focus: 'Corroboration: what the MVD said about the prisoners’ weapons, and who else says what.',
    contentNotes: ['Violence between prisoners and its threat (the scene can be read as a short summary).'],
  },
  {
    id: 'j_last_days',
    title: 'The last days',
    from: 36, to: 41,
    dates: '20–25 June 1954',
    summary: [
      'Kuznetsov’s broadcast, hunger in the legs, a letter for a mother, a broadcast to the soldiers that says only what the record says, and a last evening on a barrack step.',
      'The class reads what the prisoners asked for at the end, and what they could not know.',
    ],
    focus: 'Context: the last ten days as the sources tell them.',
    contentNotes: ['Hunger.'],
  },
  {
    id: 'j_dawn',
    title: '26 June in the 3rd lagpunkt',
    from: 42, to: 42,
    dates: '26 June 1954 and after',
    summary: [
      'Before dawn troops and tanks enter; the 3rd lagpunkt resists hardest; afterwards the survivors lie face down in the steppe while officers pick men out with photographs.',
      'The class compares the official and the survivors’ counts, and what became of the prisoners.',
    ],
    focus: 'Corroboration: the disputed numbers of the dead and wounded.',
    contentNotes: ['Violence, death and injury (the scene can be read as a short factual summary; gentle mode removes physical detail).'],
  },
];

// Pavel Lavrov's path (issue 15; docs/briefs/pavel-arc.md §8): nine segments.
export const pavelSegments: SegmentInput[] = [
  {
    id: 'p_petitions',
    title: 'The petition writer',
    from: 0, to: 3,
    dates: 'Early May and 16–18 May 1954',
    summary: [
      'Pavel, a former artillery captain sentenced as a “traitor” for having been taken prisoner, writes petitions for other prisoners; from 16 May men cross the walls, and on the third night soldiers shoot in the service yard.',
      'The class meets the camp through the papers prisoners wrote, and asks what a petition could achieve.',
    ],
    focus: 'Context: who the special camps held, former prisoners of war among them, and why the amnesty of 1953 passed them by.',
    contentNotes: ['Imprisonment and forced labour.', 'Shooting, deaths and wounds (the scene can be read as a short summary).'],
  },
  {
    id: 'p_promises_on_paper',
    title: 'Promises on paper',
    from: 4, to: 10,
    dates: '19–25 May 1954',
    summary: [
      'A commission from Moscow promises, the brigades go back to work, the walls go up and come down again; more than four thousand refuse to work, and the commission’s secretary asks Pavel to become its clerk.',
      'The class asks what a spoken promise is worth, and who writes it down.',
    ],
    focus: 'Sourcing: whose count and whose words survive of the first promises.',
    contentNotes: [],
  },
  {
    id: 'p_the_demands',
    title: 'The demands',
    from: 11, to: 12,
    dates: '26–27 May 1954',
    summary: [
      'Pavel copies the commission’s membership list and then the demands in a fair hand; on 27 May the generals come in and the chairman reads them to a packed dining hall.',
      'The class reads the demands and the slogan “We are for Soviet laws but against those who distort them”.',
    ],
    focus: 'Sourcing: who wrote each document of 27 May, and for whom.',
    contentNotes: [],
  },
  {
    id: 'p_minutes',
    title: 'Minutes',
    from: 13, to: 17,
    dates: '28 May – 1 June 1954',
    summary: [
      'The clerk keeps the minutes of a commission whose meetings happen behind a closed door; a leaflet is copied in his clean hand, and a story about a general arrives with no date.',
      'The class asks what goes into a record, what is left out, and who decides.',
    ],
    focus: 'Sourcing: hearsay, dates, and how a story becomes a record.',
    contentNotes: [],
  },
  {
    id: 'p_weddings_defences',
    title: 'A wedding and the defences',
    from: 18, to: 23,
    dates: '2–7 June 1954',
    summary: [
      'Pavel’s bunk neighbour marries before God and no one else; a commission member leaves and is replaced; the camp splits between those who would negotiate to the end and those who prepare to fight.',
      'The class weighs negotiation against defence, as the prisoners did.',
    ],
    focus: 'Agency: the choices the commission’s members are recorded as making, and what is not known.',
    contentNotes: [],
  },
  {
    id: 'p_voices',
    title: 'Voices',
    from: 24, to: 30,
    dates: '8–14 June 1954',
    summary: [
      'An order threatens everyone with Magadan unless work resumes; Pavel is asked to read it aloud; bread is cut by the MVD’s account; the prisoners answer the authorities’ broadcasts, and an announcer changes a word in his script.',
      'The class compares the two sides’ broadcasts, and asks what survives of either.',
    ],
    focus: 'Sourcing: which broadcasts are recorded, and by whom.',
    contentNotes: ['Hunger.'],
  },
  {
    id: 'p_countdown',
    title: 'The countdown',
    from: 31, to: 35,
    dates: '15–19 June 1954',
    summary: [
      'Ordinary days that the reader knows are numbered; a rumour of a strike elsewhere that the clerk may or may not minute; a friend asks to have his name taken off a list; the chairman speaks about his family over the loudspeakers.',
      'The class asks what a list of names can do, in the hands of either side.',
    ],
    focus: 'Corroboration: rumours inside the zone and what other sources confirm.',
    contentNotes: [],
  },
  {
    id: 'p_last_pages',
    title: 'The last pages',
    from: 36, to: 41,
    dates: '20–25 June 1954',
    summary: [
      'Hunger; a script for the soldiers that says only what the record says; a young man’s list for the defence; the secretary asks what should become of the minutes; a last evening and an address given “in case”.',
      'The class asks what a record is for when those who keep it expect to lose.',
    ],
    focus: 'Context: the last ten days as the sources tell them.',
    contentNotes: ['Hunger.'],
  },
  {
    id: 'p_dawn',
    title: '26 June in the 2nd lagpunkt',
    from: 42, to: 42,
    dates: '26 June 1954 and after',
    summary: [
      'Before dawn a loudspeaker outside the wire reads the MVD’s appeal and troops and tanks enter; afterwards officers walk the rows in the steppe with papers and photographs taken at the meetings.',
      'The class reads the appeal as a legal text and asks how the selection found its people.',
    ],
    focus: 'Sourcing: the MVD’s appeal and report set beside the survivors’ accounts.',
    contentNotes: ['Violence, death and injury (the scene can be read as a short factual summary; gentle mode removes physical detail).', 'An interrogation (fear; no physical violence is shown).'],
  },
];

/** Each classroom path's segments, by viewpoint id (the registry's `classroomSegments` names which). */
export const segmentsByViewpoint: Readonly<Record<string, SegmentInput[]>> = {
  halyna: segments,
  jonas: jonasSegments,
  pavel: pavelSegments,
};

/**
 * Lessons that set the paths side by side on one crossing (bible §11; docs/briefs/jonas-arc.md §9):
 * the day the paths meet, the endnote that sets the scene and the dispute the class reads after.
 * The guide finds each path's segment that holds the day; the prose is in the classroom catalog.
 */
export interface ComparisonInput { id: string; day: number; note: string; dispute: string }
export const comparisons: readonly ComparisonInput[] = [
  { id: 'second_night', day: 2, note: 'crossings', dispute: 'shootings_may' },
  { id: 'loyalty_to_law', day: 12, note: 'may27_demands', dispute: 'who_led' },
];
