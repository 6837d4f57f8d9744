// Content pack for Jonas's path, writer j4 (days 22-30, 6-14 June 1954; see docs/briefs/jonas-arc.md):
// endnotes, discussion prompts, history moments and glossary terms his days add. Facts only from the
// fact base (§5.3, §5.4) and its two addenda (Add §3, §11; Add2 §1.5), in our own words; where
// sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'j_transmitter_1954',
      title: 'A transmitter no one can measure',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954 (no exact date)' },
      body:
        'Several sources say the prisoners had a radio that could send, not only loudspeakers. Ferenc V\u00e1rkonyi, a Hungarian doctor who took part in the revolt, wrote in a literary memoir that prisoners of the 3rd lagpunkt built a radio transmitter while others raised barricades. Novaya Gazeta reports that the MVD at first imagined the prisoners had a transmitter broadcasting \u201cto the West\u201d, and that the prisoners later really built one; a later article in the same paper mentions an internal radio with a short-wave transmitter. Applebaum writes that investigators afterwards learned of \u201cthe radio station and the makeshift generator\u201d. No source we have says what it sent, how far it reached, or whether anyone heard it. The day it was switched on, what it sent, the drying room, the antenna on a barrack roof, Stasys and Jonas are our reconstruction.',
      disputed:
        'V\u00e1rkonyi\u2019s account is a literary memoir, known to us through later articles. That a radio existed rests on more than one source; its range and any listeners are unknown.',
      sources: ['varkonyi_1975', 'novaya_2011', 'novaya_2018', 'applebaum_2003'],
      place: 'barrack_jonas',
    },
    {
      id: 'j_megaphones_towers',
      title: 'Speaking to the soldiers',
      date: { from: '1954-06', to: '1954-06-25', label: 'June 1954 (no exact dates)' },
      body:
        'The prisoners spoke not only to each other and to the settlement but to the convoy troops on the towers. Solzhenitsyn writes that broadcasts were aimed at the soldiers, and that at night prisoners went up to the towers and called to the guards through megaphones. Applebaum quotes a stenographed broadcast, made after about a month of the revolt, asking the soldiers not to shoot and not to come into the zone. The authorities\u2019 own loudspeakers played one or two gramophone records over and over, and Solzhenitsyn says these served as a jammer against the broadcasts meant for the troops. The prisoners\u2019 sound equipment was too weak to reach the settlement. In the last ten days, Applebaum writes, the prisoners broadcast that they were starving; their last demand, to the end, was that a member of the Party Presidium or a secretary of the Central Committee come to the camp, because they did not trust Steplag or the MVD. The timing of the records, the tin cones, the night at the tower, the script of 22 June, its writer and its reader in Jonas\u2019s story are our reconstruction.',
      disputed:
        'The megaphones and the jamming are known from Solzhenitsyn alone; the broadcast to the soldiers is known from the stenogram Applebaum quotes. What the soldiers made of any of it is not recorded. How hungry the zone was is disputed too: by the MVD\u2019s account the commission itself cut the bread ration and the stores still held food; the prisoners said they were starving.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'kokurin_petrov'],
      place: 'watchtower',
    },
  ],
  prompts: [
    {
      id: 'j_the_list',
      question: 'Ostap writes the names of the men who will stand at the barricade into an exercise book. Why might a defence need a list, and what could the same list become in other hands?',
      skill: 'agency',
      reveal:
        'The sources record brigades formed to defend each barrack and pickets on the barricades and roofs; an MVD act describes the pickets and their weapons. After the assault, officers went along the rows of prisoners with papers and photographs taken at meetings to pick out whom to arrest. Ostap\u2019s exercise book is fiction; the risk a written name carried is not.',
      note: 'defence_pickets',
    },
    {
      id: 'j_soldiers_audience',
      question: 'The prisoners broadcast to the soldiers on the towers and called to them through megaphones at night. Who was the audience of these words, and what did the prisoners hope they would do?',
      skill: 'context',
      reveal:
        'A stenographed broadcast, made after about a month, asked the soldiers not to shoot and not to come into the zone (Applebaum). The soldiers had orders; the prisoners\u2019 words could at most make them hesitate. The authorities played gramophone records to drown the broadcasts, which suggests they took the audience seriously.',
      note: 'j_megaphones_towers',
    },
    {
      id: 'j_transmitter_range',
      question: 'The prisoners built a transmitter, but no source says how far it reached or who heard it. How can a historian judge what something did when its effect left no record?',
      skill: 'sourcing',
      reveal:
        'A participant\u2019s memoir (V\u00e1rkonyi), two newspaper reports and Applebaum agree that a radio existed; none records a listener. The MVD\u2019s own fear of a transmitter \u201cto the West\u201d, which Novaya Gazeta reports, is itself evidence of an effect: on the people who read the reports. Absence of a record is not proof that no one heard.',
      note: 'j_transmitter_1954',
    },
  ],
  glossary: [
    { id: 'j_teve_musu', term: 'T\u0117ve m\u016bs\u0173 (Our Father)', lang: 'lt', forms: ['T\u0117ve m\u016bs\u0173', 'T\u0117ve m\u016bs\u0173, kuris esi danguje'], definition: 'The opening of the Lord\u2019s Prayer in Lithuanian: \u201cOur Father, who art in heaven\u201d.' },
    { id: 'j_laisves_aleja', term: 'Laisv\u0117s al\u0117ja (Liberty Avenue)', lang: 'lt', forms: ['Laisv\u0117s al\u0117ja'], definition: 'The main street of Kaunas, a long boulevard lined with lime trees; Kaunas was the capital of independent Lithuania between the wars.' },
  ],
};
