// Content pack for Pavel's path, writer p5 (days 31-41, 15-25 June 1954; see docs/briefs/pavel-arc.md):
// endnotes, discussion prompts and history moments his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what. Notes his days
// reuse from other packs: june15_tanks, last_ten_days, sympathy_strike, authorities_loudspeakers,
// coercion_inside, rations_hunger, defence_pickets, j_megaphones_towers, assault_plan,
// june25_decorations; prompts what_they_knew, kuznetsov_broadcast.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_minutes_record',
      title: 'Who kept the prisoners\u2019 record?',
      date: { from: '1954-05', to: '1954-06-26', label: 'May and June 1954' },
      body:
        'The prisoners\u2019 commission worked through departments, and the MVD later drew a chart of them; but no minutes of the commission appear in the sources we have read, and none names a secretary or a clerk. What survives of the prisoners\u2019 side comes through other hands. Kuznetsov wrote a long confession within two days of his arrest, which the writer Shakir a-Mil says ran to forty handwritten pages. Solzhenitsyn drew on notes kept by Makeev, a commission member until 3 June, for words he attributes to Kuznetsov; the historian Steven Barnes calls them possibly inaccurate. The rest is the authorities\u2019 own papers, and memoirs written years later. Pavel, Tarasov and the minute-books are our reconstruction.',
      sources: ['applebaum_2003', 'amil_steplag', 'barnes_2005', 'solzhenitsyn_gulag', 'wikipedia_ru'],
      place: 'commission_rooms',
    },
    {
      id: 'p_hungry_starving',
      title: 'Hungry or starving: the last broadcasts',
      date: { from: '1954-06-10', to: '1954-06-25', label: 'June 1954' },
      body:
        'Late in June, Applebaum writes, the prisoners broadcast that they were starving as the food ran out. An MVD document says that from 10 June the prisoners\u2019 commission put everyone on a reduced norm, with bread cut to 500 grams a day; that claim rests on the MVD alone. Applebaum also quotes the shorthand record of a broadcast to the soldiers, made after about a month, asking them not to shoot and not to come into the zone. German Wikipedia mentions a hunger strike in several barracks, but no source we read gives its dates or scale. Pavel\u2019s choice of word, Tamara and the scripts are our reconstruction.',
      disputed:
        'The MVD said the cut was a manoeuvre and that the stores were in fact full, listing goods worth over eight million (presumably roubles). The prisoners said on the air that they were starving. Each side had reasons to say what it said; no independent count of the stores survives in our sources.',
      sources: ['applebaum_2003', 'kokurin_petrov', 'wikipedia_de'],
      place: 'radio_room',
    },
    {
      id: 'p_lists',
      title: 'Lists, names and the men on them',
      date: { from: '1954-05', to: '1954-06-26', label: 'May and June 1954' },
      body:
        'Brigades were formed to defend each barrack, Applebaum writes, and pickets guarded the edges of the zone. Solzhenitsyn reports that Sluchenkov threatened prisoners who tried to give themselves up. After the assault on 26 June, officials sorted the survivors using photographs taken at the prisoners\u2019 meetings and the few informers\u2019 reports they had; 436 people were arrested, including every member of the commission. Among Steplag\u2019s prisoners were Red Army veterans, some of them former German prisoners of war. No source we read says that the defence kept written rosters: Pavel\u2019s brigade lists, Matvei and Grisha are our reconstruction.',
      sources: ['applebaum_2003', 'solzhenitsyn_gulag', 'barnes_2005', 'bondaruk'],
      place: 'lagpunkt_2',
    },
  ],
  prompts: [
    {
      id: 'p_minute_a_rumour',
      question: 'Pavel must decide whether a rumour of a sympathy strike goes into the minutes. If it does, and the minutes survive, what will a historian think they prove? Who wrote the sympathy strike down in real life, and how did they know?',
      skill: 'sourcing',
      reveal: 'Three sources mention a strike in a neighbouring Dzhezkazgan division: Solzhenitsyn, at third hand; a CIA report of 1955 built on hearsay from returning prisoners; and the memoir of a prisoner in that division. They agree that it happened and disagree about when. A record made at the time is not automatically better than a memoir: it is only as good as what its writer could check.',
      note: 'sympathy_strike',
    },
    {
      id: 'p_whose_papers',
      question: 'Tarasov fears that if the troops come in, the authorities\u2019 papers will be the only record that speaks. Whose papers about Kengir did historians actually get to read, and whose are missing?',
      skill: 'sourcing',
      reveal: 'Much of what we know comes from the authorities: reports, telegrams, the act that ordered the assault, and statements taken from prisoners after arrest, such as Kuznetsov\u2019s long confession. From the prisoners\u2019 side come memoirs written years later, and notes such as Makeev\u2019s that reached Solzhenitsyn. No minutes of the commission appear in the sources we read.',
      note: 'p_minutes_record',
    },
  ],
  moments: [
    {
      id: 'p_names_list',
      moment: 'When a friend asked to be taken off a list (19 June)',
      whatPrisonersDid: 'Brigades defended each barrack and pickets stood at the edges of the zone. Solzhenitsyn reports that would-be deserters were threatened. Whether anyone kept written rosters, and whether anyone was struck off one, the sources we have do not say. On 26 June the authorities picked out leaders from photographs taken at meetings and from informers\u2019 reports; 436 people were arrested.',
      note: 'p_lists',
    },
    {
      id: 'p_own_hand',
      moment: 'When the script for the soldiers needed a fair copy (22 June)',
      whatPrisonersDid: 'The prisoners broadcast to the soldiers on the towers, and at night called to them through megaphones; Applebaum quotes the shorthand record of one broadcast asking them not to shoot. The announcers read aloud; who wrote their texts is not recorded. After the assault the authorities used photographs from the meetings and informers\u2019 reports to find the active participants.',
      note: 'p_hungry_starving',
    },
    {
      id: 'p_minutes_fate',
      moment: 'When the secretary asked what to do with the minutes (24 June)',
      whatPrisonersDid: 'What became of the commission\u2019s own papers, if it kept any, is not in the sources we read. The authorities knew the commission\u2019s departments well enough to chart them. After 26 June every member of the commission was arrested, and Kuznetsov wrote a long confession within two days. Of the prisoners\u2019 own notes, Makeev\u2019s are the ones we know reached a writer: Solzhenitsyn.',
      note: 'p_minutes_record',
    },
  ],
};
