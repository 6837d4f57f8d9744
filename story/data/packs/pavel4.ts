// Content pack for Pavel's path, writer p4 (days 22-30, 6-14 June 1954; see docs/briefs/pavel-arc.md):
// endnotes, discussion prompts, history moments and glossary terms his days add. Facts only from the
// fact base (§3.2, §3.3, §5.3, §6) and its two addenda (Add §5, §11; Add2 §1.5), in our own words;
// where sources differ, the note says who says what. Linked as well from his days: the existing notes
// defence_pickets, makeev_semkin, kites_leaflets, may27_demands, cafe_culture, authorities_loudspeakers,
// loudspeakers_radio, rations_hunger, weddings_faith, and the prompt bread_cut_500 (act3.ts).
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_magadan_order',
      title: 'The Magadan order: a threat we know by one account',
      date: { from: '1954-06', label: 'June 1954 (not dated in the sources; the story hears it on 9 June)' },
      body:
        'Among the announcements on the authorities\u2019 loudspeakers around the zone, Solzhenitsyn lists a \u201cGulag order\u201d: the Kengir division would be disbanded and everyone shipped to Magadan, the port for the Kolyma camps, unless the prisoners went back to work by a deadline. The deadline passed and nothing happened. That is all we know. No text of the order survives in our sources, and neither do its number, its date, who signed it or which day the deadline fell on; Solzhenitsyn, writing from survivors\u2019 accounts, is the only one to mention it. What did follow came after the assault: Applebaum writes that about a thousand prisoners, five hundred men and five hundred women, were accused of supporting the revolt and sent to other camps, to Ozerlag and to Kolyma. Pavel\u2019s pencil copy, the barrack\u2019s six versions and his reading aloud are our reconstruction.',
      disputed:
        'The order rests on Solzhenitsyn alone: we know of no recording, transcript or archive copy. Whether it was ever a real order of the Gulag administration, or only a broadcast threat, is not known.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003'],
      place: 'guardhouse',
    },
    {
      id: 'p_radio_scripts',
      title: 'Who wrote the broadcasts?',
      date: { from: '1954-05', to: '1954-06-25', label: 'late May and June 1954' },
      body:
        'The prisoners\u2019 radio is known mostly from Solzhenitsyn: loudspeakers built from the amplifiers of two film projectors, announcers of their own (Slava Yarimovskaya is the only one named), news, daily wall newspapers with caricatures, and a programme called \u201cCrocodile tears\u201d that mocked the guards\u2019 sudden concern for the women they used to beat. Applebaum quotes a stenographed broadcast to the soldiers, made after about a month, asking them not to shoot and not to come into the zone. None of the sources names who wrote any broadcast, or says whether scripts were written down, kept or signed. What is recorded is how the leaders were later picked out: after the assault, officials sorted the prisoners using photographs taken at the rebels\u2019 meetings, and 436 people were arrested. Pavel\u2019s scripts, Tamara Lesnaya, her pencil and the radio room\u2019s folder are our reconstruction.',
      disputed:
        'Almost everything about the radio is single-source (Solzhenitsyn); the broadcast to the soldiers is known from the stenogram Applebaum quotes, and who took that stenogram down is not said.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003'],
      place: 'radio_room',
    },
  ],
  prompts: [
    {
      id: 'p_order_text',
      question: 'Pavel copies the Magadan order in pencil as the loudspeaker reads it. Today no text of the order survives; we know it from one writer who collected survivors\u2019 memories. What can such a source tell us for certain, and what can it not?',
      skill: 'sourcing',
      reveal:
        'Solzhenitsyn reports that the authorities\u2019 loudspeakers announced a \u201cGulag order\u201d to disband the Kengir division and ship everyone to Magadan unless work resumed by a deadline, and that the deadline passed. The order\u2019s wording, date, number and deadline are not preserved. A memory can tell us that a threat was heard and what it meant to people; it cannot give us the exact text or prove that a real order stood behind it.',
      note: 'p_magadan_order',
    },
    {
      id: 'p_minutes_no_names',
      question: 'Tarasov wants the minutes to say \u201cit was proposed\u201d instead of naming who spoke. What does a historian lose when a record leaves out names, and why might the people who kept it have done so?',
      skill: 'sourcing',
      reveal:
        'No minutes of the prisoners\u2019 commission are quoted in our sources: we know its members from a list, and what was said at its meetings mostly from later, hostile or self-serving documents, such as Kuznetsov\u2019s statement after his arrest and the MVD\u2019s acts. After the assault, officials picked out leaders using photographs taken at meetings. Tarasov and his minutes are fiction; the danger a written name carried was real.',
      note: 'p_radio_scripts',
    },
  ],
  moments: [
    {
      id: 'p_read_order',
      moment: 'When Pavel was asked to read the Magadan order aloud to his barrack (9 June)',
      whatPrisonersDid:
        'The sources record only that the order was announced over the authorities\u2019 loudspeakers and that the prisoners did not go back to work: the deadline passed and nothing happened. How barracks talked about it, and whether anyone read it out again, is not recorded. The prisoners\u2019 own slogan was \u201cWe are for Soviet laws but against those who distort them\u201d.',
      note: 'p_magadan_order',
    },
    {
      id: 'p_crocodile_word',
      moment: 'When the announcer struck a word from Pavel\u2019s script for \u201cCrocodile tears\u201d (11 June)',
      whatPrisonersDid:
        'Solzhenitsyn records a programme called \u201cCrocodile tears\u201d that mocked the guards\u2019 sudden concern for the women they used to beat, and names one announcer, Slava Yarimovskaya. Who wrote its scripts, and whether anyone signed them, is not recorded. Tamara Lesnaya and the word she struck are fiction.',
      note: 'p_radio_scripts',
    },
  ],
};
