// Content pack for Pavel's path, writer p2 (see docs/briefs/pavel-arc.md): endnotes, discussion
// prompts, history moments and glossary terms his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
// Days 5-12 also link the Act II notes (return_to_work, may23_walls_rebuilt, may24_zones_united,
// commission_departments, may27_demands, kuznetsov), history.ts (steplag_labour, mvd_report_may26)
// and the prompt refusal_report; the notes, prompts and moments below are Pavel's own.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_commission_list',
      title: 'Who sat on the commission',
      date: { from: '1954-05', to: '1954-06', label: 'late May to June 1954' },
      body:
        'The names Pavel copies on 26 May come from one place: the infobox of the Russian Wikipedia article on the uprising, which lists the prisoners\u2019 commission by lagpunkt. ' +
        'For the women\u2019s zone, A. A. Mikhailevich, L. K. Suprun and M. S. Shimanskaya; for the 2nd lagpunkt, Yu. A. Knopmus, E. I. Sluchenkov and E. S. Sunichuk; for the 3rd, A. A. Avakyan, K. I. Kuznetsov as chairman and A. F. Makeev, who was replaced by N. A. Semkin on 3 June. ' +
        'It also names G. I. Keller for the \u201cmilitary department\u201d, V. V. Ivashchenko as commandant, V. P. Ryabov for the \u201cprison\u201d and V. P. Skiruk for a bureau whose name is abbreviated, probably the investigation bureau. ' +
        'Applebaum also names Sunichuk, among the Ukrainian representatives of the underground Center. ' +
        'Of the three women nothing more is known from our sources. Who first drew up such a list, and when, is not known: the half-sheet on Pavel\u2019s desk, and its copies, are fiction.',
      disputed:
        'Most of these names rest on a single encyclopedia infobox. Keller\u2019s first name and nationality are uncertain (Gersh or Mikhail; Applebaum calls him Ukrainian).',
      sources: ['wikipedia_ru', 'applebaum_2003', 'sputnik_2017'],
      place: 'commission_rooms',
    },
    {
      id: 'p_clerks_paper',
      title: 'Clerks, ink and paper (a reconstruction)',
      date: { from: '1954-05', to: '1954-06', label: 'May\u2013June 1954' },
      body:
        'The sources we have name no secretary and no clerks of the prisoners\u2019 commission: Pavel, Tarasov, the board on trestles and the ink made of soot are fiction. ' +
        'What is recorded is that the revolt produced a great deal of writing. The camp ran daily wall newspapers and caricatures; by an MVD act, a propaganda service under Yuri Knopmus mass-produced leaflets, which the ministry called \u201cprovocative\u201d. ' +
        'Some of it was kept by the prisoners themselves: Solzhenitsyn drew on the notes of A. F. Makeev, a commission member, for some words he attributes to Kuznetsov, which Barnes calls second-hand and \u201cpossibly inaccurate\u201d. ' +
        'After the arrests, paper turned against its writers: Kuznetsov wrote a confession within 48 hours, which the writer Shakir a-Mil says ran to 40 handwritten pages.',
      disputed:
        'The leaflets\u2019 mass production is known from the MVD\u2019s own act, written by the side that crushed the revolt.',
      sources: ['solzhenitsyn_gulag', 'novaya_2018', 'kokurin_petrov', 'barnes_2005', 'applebaum_2003', 'amil_steplag'],
      place: 'commission_rooms',
    },
  ],
  prompts: [
    {
      id: 'p_membership_list',
      question:
        'The list of the commission\u2019s members that Pavel copies is known today from one encyclopedia infobox. What can a list of names tell a historian, and what can it not? Who else might have wanted such a list in 1954?',
      skill: 'sourcing',
      reveal:
        'The list gives names, initials and which lagpunkt each member spoke for, and one change: Makeev replaced by Semkin on 3 June. ' +
        'It does not say how or when they were chosen, what most of them did, or anything at all about the three women beyond their names. ' +
        'Accounts of how the commission was formed differ: the official record says a self-proclaimed committee silenced everyone else, while several witnesses say the authorities suggested an election. ' +
        'After 26 June the MVD arrested all the commission\u2019s members: a list that named representatives was also a list of the accused.',
      note: 'p_commission_list',
    },
    {
      id: 'p_minute_only',
      question:
        'Pavel\u2019s minute of 27 May says only that the demands were read, and no source we have records the generals\u2019 answer. Who wrote down what happened at that meeting, for whom, and what might each have left out?',
      skill: 'sourcing',
      reveal:
        'The time of the Moscow commission\u2019s arrival, the reading and the crowd of about 2,000 come from an archive-based chronology; the thieves at the door from \u201cthe commission\u2019s own report\u201d. ' +
        'The list of eleven demands rests on that chronology, with most items confirmed by Applebaum and a Ukrainian summary. ' +
        'Applebaum reports that Yegorov asked who had inspired such hatred of the MVD in them, but gives no date, so it cannot be placed at this meeting. ' +
        'Officials wrote for Moscow; the prisoners\u2019 own notes, like Makeev\u2019s, survive only through later writers.',
      note: 'may27_demands',
    },
  ],
  moments: [
    {
      id: 'p_recruited',
      moment: 'Asked to write for the commission (late May)',
      whatPrisonersDid:
        'Within days of 25 May the commission had departments, named differently by different sources: propaganda, defence, security, technical and supply work among them. ' +
        'Thousands took on tasks in the self-governed zone: barricades before every guardhouse, pickets, meals, the bathhouse and the workshops, and a propaganda service that produced leaflets in quantity. ' +
        'Who wrote the commission\u2019s papers by hand is not recorded; after 26 June all its members were arrested.',
      note: 'commission_departments',
    },
    {
      id: 'p_may27_table',
      moment: 'The meeting with the Moscow commission (27 May)',
      whatPrisonersDid:
        'About 2,000 prisoners packed a dining hall while Kuznetsov read the eleven demands to Yegorov, Dolgikh and Vavilov, and the lines were passed out of the windows to those outside. ' +
        'The demands asked for Soviet law to be kept, not for freedom, and the prisoners held to the last of them, a visit from the Party leadership, until the end. ' +
        'Which meetings the authorities photographed is not recorded; after 26 June they sorted the survivors with photographs taken at meetings.',
      note: 'may27_demands',
    },
  ],
};
