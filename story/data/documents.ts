// Document cards: texts of the revolt shown as facsimiles when a line tagged `# document: id` is
// read (STORY-GUIDE.md, "Tags"). Only what the fact base records: its paraphrases stay
// paraphrases (form 'paraphrased'), and the few phrases it quotes are listed in `quotes`,
// word for word as it gives them in English. No document's own wording is invented here; where
// the fact base has none, the card says so in `provenance`. Schema: src/content/schema.ts.
import type { DocumentCard } from '../../src/content/schema.ts';

export const documents: DocumentCard[] = [
  {
    // Fact base §3 (27 May, 18:30) and §5.2; the list is the fact base's summary of [12].
    id: 'demands_may27',
    kind: 'demands',
    title: 'The prisoners\u2019 demands',
    date: { from: '1954-05-27', label: 'Thursday 27 May 1954, 18:30' },
    issuer: 'The prisoners\u2019 commission. Read aloud by its chairman, Kapiton Kuznetsov, to the second Moscow commission in a dining hall, before about 2,000 prisoners.',
    passages: [
      {
        form: 'paraphrased',
        text: 'The prisoners ask:',
        items: [
          'Investigate the use of weapons on 17\u201318 May and punish those responsible.',
          'Take no reprisals against members of the strike committee or commission.',
          'Reduce the sentences of those serving 25 years.',
          'Change how prisoners\u2019 family members are treated.',
          'Review the cases of people convicted under Article 58.',
          'Abolish compulsory exile for prisoners released from special camps.',
          'Pay prisoners for their work on a par with free workers.',
          'Allow free contact with the women: the men\u2019s and women\u2019s zones permanently reunited.',
          'Limit the camp administration\u2019s power to punish, and allow confinement in the punishment cell (ShIZO) only with a prosecutor\u2019s sanction.',
          'Give women prisoners better terms for remission credits.',
          'Bring a member of the Party Presidium or a Central Committee secretary to the camp.',
        ],
      },
    ],
    provenance: 'Paraphrased throughout; nothing on this card is quoted. The wording of the prisoners\u2019 list is not preserved in our sources: these eleven points are the fact base\u2019s summary of an archive-based chronology, in our words. Applebaum words the ninth as abolishing the punishment cells and barracks, and the tenth as easier living conditions for women.',
    context: 'The prisoners held to the eleventh demand until the end, because they did not trust Steplag or the MVD (Applebaum).',
    sources: ['chronology_1954', 'applebaum_2003', 'rayon_women'],
    note: 'may27_demands',
  },
  {
    // Fact base §5.3 (kites and leaflets) [6]; addendum §11 and addendum 2 §2 (Knopmus's service).
    id: 'leaflet_kite',
    kind: 'leaflet',
    title: 'A leaflet from a kite',
    date: { from: '1954-06', label: 'Early to mid June 1954 (no exact date)' },
    issuer: 'The prisoners\u2019 propaganda service, which an MVD act says Yuri Knopmus headed. Dropped over the settlement from kites.',
    passages: [
      { form: 'paraphrased', text: 'Whoever finds this leaflet is asked to pass it on to the Central Committee.' },
    ],
    provenance: 'Paraphrased; nothing on this card is quoted. No leaflet\u2019s own words are preserved in the sources we read: Solzhenitsyn reports only what the leaflets asked of the finder, given here in our words.',
    context: 'Warders on foot, on motorcycles and on horseback chased the leaflets, and the guards flew counter-kites to tangle the strings (Solzhenitsyn).',
    sources: ['solzhenitsyn_gulag', 'kokurin_petrov'],
    note: 'kites_leaflets',
  },
  {
    // Fact base §5.1 (equal rations, services) [5]. No announcement of the commission survives in
    // the fact base: this card is a reconstruction and says so (docs/briefs/pavel-arc.md §9).
    id: 'commission_notice',
    kind: 'announcement',
    title: 'A notice of the prisoners\u2019 commission (reconstruction)',
    date: { from: '1954-05', label: 'Late May 1954 (no such notice is dated in the sources)' },
    issuer: 'The prisoners\u2019 commission, as this story imagines one of its notices copied out by a clerk for the barracks.',
    passages: [
      {
        form: 'paraphrased',
        text: 'Everyone in the zone receives the same ration; no one receives extra portions, the trusties included. Meals are served three times a day, and the bathhouse, the laundry and the workshops keep their hours.',
      },
    ],
    provenance: 'Reconstruction, paraphrased throughout. No text of any announcement by the commission is preserved in the sources we read. What this card says is what Applebaum and Solzhenitsyn record about life in the zone (equal rations, no extra portions for trusties, services kept running), put into the form of a notice in our words. Nothing on this card is quoted.',
    context: 'The stores slowly ran down through June (Applebaum). By the MVD\u2019s account the bread ration was cut to 500 grams on 10 June.',
    sources: ['applebaum_2003', 'solzhenitsyn_gulag'],
    note: 'equal_rations',
  },
  {
    // Fact base §3 ("Threat of dispersal", undated) and §5.3 (the authorities' loudspeakers) [6].
    id: 'gulag_order',
    kind: 'order',
    title: 'The \u201cGulag order\u201d over the loudspeakers',
    date: { from: '1954-06', label: 'Not dated in the sources (the story hears it on 9 June)' },
    issuer: 'The camp authorities, over their loudspeakers around the zone.',
    passages: [
      {
        form: 'paraphrased',
        text: 'By a \u201cGulag order\u201d, the Kengir division is to be disbanded and everyone sent to Magadan, unless the prisoners go back to work by the deadline.',
        quotes: ['Gulag order'],
      },
    ],
    provenance: 'Paraphrased, with two words quoted: \u201cGulag order\u201d is Solzhenitsyn\u2019s term as the fact base gives it in English. The order\u2019s own wording, its date and its deadline are not preserved in our sources.',
    context: 'The deadline passed. The same loudspeakers called the prisoners back to work and complained that coal trains stood unloaded (Solzhenitsyn).',
    sources: ['solzhenitsyn_gulag'],
    note: 'authorities_loudspeakers',
  },
  {
    // Fact base §6 ("The appeal read to prisoners") [11]; addendum §1 ("free exit to work"); [9].
    id: 'mvd_appeal_june26',
    kind: 'appeal',
    title: 'The MVD commission\u2019s appeal to the prisoners',
    date: { from: '1954-06-26', label: 'Saturday 26 June 1954' },
    issuer: 'The MVD commission. Formozov notes that it was being broadcast as the tanks rolled in.',
    passages: [
      {
        form: 'paraphrased',
        text: 'The operation is the answer to the \u201crequest of the main mass of prisoners\u201d to be freed from \u201carmed criminal recidivists\u201d.',
        quotes: ['request of the main mass of prisoners', 'armed criminal recidivists'],
      },
      {
        form: 'paraphrased',
        text: 'Troops will enter the zone at 03:30 and destroy the barricades. Those who wish to stop disobeying will be allowed to go to work: a \u201cfree exit to work\u201d.',
        quotes: ['free exit to work'],
      },
      {
        form: 'paraphrased',
        text: 'Prisoners are to stay in their barracks, not resist, lay down their weapons, and help detain \u201cbandits\u201d.',
        quotes: ['bandits'],
      },
    ],
    provenance: 'Paraphrased, with short phrases quoted as the fact base gives them in English from the MVD document: \u201crequest of the main mass of prisoners\u201d, \u201carmed criminal recidivists\u201d, \u201cfree exit to work\u201d and \u201cbandits\u201d. The full text is in the Kokurin and Petrov document collection and is not reproduced here.',
    context: 'An MVD document: its words are the vocabulary of the side that ended the revolt.',
    sources: ['kokurin_petrov', 'formozov_kites'],
    note: 'assault_june26',
  },
];
