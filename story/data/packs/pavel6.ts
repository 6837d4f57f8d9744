// Content pack for Pavel's path, writer p6 (Act V, day 42, his endings and epilogue; see
// docs/briefs/pavel-arc.md §4-§5): endnotes, discussion prompts and the history moment his dawn adds.
// Facts only from the fact base and its two addenda, in our own words; where sources differ, the
// note says who says what. Links the existing notes assault_june26, casualties_dispute,
// selection_arrests, transfers, trials_executions, kuznetsov_fate, women_uprising,
// trial_1954_1955 and kuznetsov_confession from the ink.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_appeal_text',
      title: 'The appeal of 26 June as a legal text',
      date: { from: '1954-06-26', label: 'Saturday 26 June 1954, 03:30' },
      body:
        'The MVD commission\u2019s appeal to the prisoners, dated 26 June, survives in the published archival collection of Kokurin and Petrov. ' +
        'It presents the operation as the answer to the \u201crequest of the main mass of prisoners\u201d to be freed from \u201carmed criminal recidivists\u201d. ' +
        'It announces that troops will enter at 03:30 and destroy the barricades, and that those who wish to stop disobeying may go to work; it tells everyone else to stay in the barracks, not resist, lay down their weapons and help detain \u201cbandits\u201d. ' +
        'The MVD\u2019s report on the assault adds that two minutes before the operation the radio announced an unobstructed way out for prisoners who did not support the disobedience. Formozov notes the text was being broadcast as the tanks rolled in. ' +
        'The appeal speaks in the same legal language the prisoners had used in their demands, now turned against them. Pavel\u2019s reading of it is fiction.',
      disputed:
        'That most prisoners had asked to be rescued, and that the resisters were criminals, is the MVD\u2019s framing; prisoners\u2019 accounts describe a revolt most of the zone joined. No source says how many took the way out.',
      sources: ['kokurin_petrov', 'formozov_kites'],
      place: 'guardhouse',
    },
    {
      id: 'p_selection_photographs',
      title: 'The selection, seen from the clerk\u2019s side',
      date: { from: '1954-06-26', to: '1954-07', label: '26 June 1954 and the weeks after' },
      body:
        'After the assault, survivors not in hospital were marched out of the zone and made to lie face down in the steppe, arms outstretched, for hours under machine guns. ' +
        'Applebaum writes that officials picked out leaders with photographs taken at the prisoners\u2019 public meetings and with the reports of the few informers they still had; 436 people were arrested, the whole commission among them, and about a thousand were sent to other camps. ' +
        'Which meetings were photographed, and by whom, is not recorded in the sources we read. The game therefore shows no camera at any dated meeting, and on 27 May only an officer with a notebook. ' +
        'Pavel\u2019s \u201cselection score\u201d (his face at the table, pages in his hand, the lists he kept) is a fiction built on that one documented method.',
      sources: ['applebaum_2003'],
      place: 'steppe',
    },
    {
      id: 'p_interrogation',
      title: 'The interrogations: what is and is not recorded',
      date: { from: '1954-06', to: '1955-08', label: 'June 1954 to August 1955' },
      body:
        'Within 48 hours of his arrest Kuznetsov gave a long written confession; A-Mil, who based his book on these depositions, says they run to 40 handwritten pages. ' +
        'On 24 November 1954 the Karaganda regional court sent the leaders\u2019 case back for further investigation after the defendants complained about how the pre-trial investigation had been conducted. ' +
        'In August 1955, according to Kuznetsov\u2019s own later petition, the Supreme Court of the Kazakh SSR sentenced the leaders. ' +
        'The sources we read do not say how ordinary arrested prisoners were questioned, by whom, or what became of most of the 436. ' +
        'Captain Dyomin and his room with a lamp are fiction; the game shows no violence because the record does not describe it.',
      sources: ['applebaum_2003', 'amil_steplag', 'novaya_2016'],
      place: 'prison_zone',
    },
    {
      id: 'p_minutes_fiction',
      title: 'Pavel\u2019s minutes',
      date: { from: '1954-05', to: '1954-06-26', label: 'May to June 1954' },
      body:
        'The prisoners\u2019 commission had departments, among them propaganda, defence, internal security and a technical department (the sources list them differently), and by the MVD\u2019s account its propaganda service mass-produced leaflets. ' +
        'But no minutes of its meetings appear in any source this game draws on, and no secretary is named. ' +
        'Pavel, Tarasov and the book of minutes they burn, hide or carry are fiction, a way of asking what a written record is for and who reads it in the end. ' +
        'What investigators later knew about the commission came, as far as the sources show, from the prisoners\u2019 own depositions, such as Kuznetsov\u2019s after his arrest, from photographs taken at public meetings and from informers\u2019 reports.',
      sources: ['wikipedia_ru', 'kokurin_petrov', 'applebaum_2003', 'amil_steplag'],
      place: 'commission_rooms',
    },
  ],
  prompts: [
    {
      id: 'p_appeal_words',
      question: 'The MVD\u2019s appeal speaks of the \u201crequest of the main mass of prisoners\u201d and of \u201carmed criminal recidivists\u201d. Who wrote this text, for whom, and why might it describe the revolt this way? What would a prisoner\u2019s account of the same night say instead?',
      skill: 'sourcing',
      reveal: 'The appeal was written by the MVD commission that ordered the assault, and it survives in the authorities\u2019 own archive. Its framing, a rescue of the majority from criminals, justified the use of troops and tanks. Survivors\u2019 accounts, written years later, describe a revolt most of the zone had joined, and put the dead and wounded in hundreds, not dozens.',
      note: 'p_appeal_text',
    },
    {
      id: 'p_photographs',
      question: 'After the assault, officers picked out leaders with photographs taken at the prisoners\u2019 meetings. What can a photograph of a man at a table prove, and what can it not? Who decided what it meant?',
      skill: 'sourcing',
      reveal: 'Applebaum writes that officials used photographs from the public meetings and a few informers\u2019 reports to pick out 436 people for arrest. A photograph shows where someone stood on one day; it does not show what they thought, said or decided. The meaning was given to it afterwards, by the investigators.',
      note: 'p_selection_photographs',
    },
  ],
  moments: [
    {
      id: 'p_law_voice',
      moment: 'When the law\u2019s own voice told him where to walk (26 June, 03:30)',
      whatPrisonersDid: 'The MVD\u2019s loudspeakers announced that troops were entering and offered a free way out to those who did not support the revolt. Solzhenitsyn writes that some prisoners lay on the barrack floors, some urged the others to resist and some ran out into the shooting. No source we have found says how many walked out, or who they were. Pavel is fictional; the choice was real for thousands.',
      note: 'assault_june26',
    },
  ],
};
