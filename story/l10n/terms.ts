// The term list for Ukrainian and Russian (issue 17, item 5): camp words, the commission and its
// departments, places, and the names of real people and of the main fictional characters, each
// as the translations must write it. The build's term check reads it: a translated line whose
// English contains `en` (as a word, case-insensitively) must contain the stem in that language.
// A stem is the part every inflected form keeps (uk «Галина», «Галини», «Галиною»: «Галин»), so
// compare it case-insensitively too («Кенгірське повстання», «кенгірських в’язнів»).
// Names of real people come from the fact base (/work/shared/history, addendum 2 wins), spelled
// as each language's standard practice writes them: Ukrainian transcribes Russian surnames
// (Кузнєцов, Єгоров, Макеєв) and uses the Ukrainian form of first names (Капітон Іванович,
// Сергій, Юрій); Russian uses the Russian spelling. docs/i18n.md explains the rules.

export interface Term { id: string; en: string; uk: string; ukStem: string; ru: string; ruStem: string; note?: string }

export const terms: readonly Term[] = [
  // Camp words (the glossary glosses them for English readers).
  { id: 'lagpunkt', en: 'lagpunkt', uk: 'лагпункт', ukStem: 'лагпункт', ru: 'лагпункт', ruStem: 'лагпункт', note: 'Camp point. Ordinals as «1-й лагпункт», «3-го лагпункту» (uk), «3-го лагпункта» (ru).' },
  { id: 'khozdvor', en: 'khozdvor', uk: 'хоздвір', ukStem: 'хоздв', ru: 'хоздвор', ruStem: 'хоздвор', note: 'The service yard. Ukrainian declines it with the і/о alternation: хоздвір, хоздвору, на хоздворі.' },
  { id: 'service_yard', en: 'service yard', uk: 'господарський двір', ukStem: 'господарськ', ru: 'хоздвор', ruStem: 'хоз', note: 'Where English says "service yard", Ukrainian spells it out; Russian uses the camp word, which every Russian reader knows, or spells it out (хозяйственный двор): the stem «хоз» fits both.' },
  { id: 'zek', en: 'zek', uk: 'зек', ukStem: 'зек', ru: 'зэк', ruStem: 'зэк', note: 'Russian «зэк» as Solzhenitsyn writes it; Ukrainian «зек». A Russian reader needs no gloss.' },
  { id: 'nadziratel', en: 'nadziratel', uk: 'наглядач', ukStem: 'наглядач', ru: 'надзиратель', ruStem: 'надзирател', note: 'Ukrainian uses its own word for the warder.' },
  { id: 'saman', en: 'saman', uk: 'саман', ukStem: 'саман', ru: 'саман', ruStem: 'саман', note: 'Adobe; the adjective keeps the stem: саманна стіна, саманная стена.' },
  { id: 'sabantuy', en: 'sabantuy', uk: 'сабантуй', ukStem: 'сабанту', ru: 'сабантуй', ruStem: 'сабанту', note: 'Bochkov\u2019s word, taken up by the prisoners. The glossary gives the slang sense (a noisy row, a hot fight) first, then the Tatar and Bashkir festival (fact base addendum 2, §1.3).' },
  { id: 'vakhta', en: 'vakhta', uk: 'вахта', ukStem: 'вахт', ru: 'вахта', ruStem: 'вахт', note: 'The guardhouse at the camp gate.' },
  { id: 'guardhouse', en: 'guardhouse', uk: 'вахта', ukStem: 'вахт', ru: 'вахта', ruStem: 'вахт', note: 'English glosses the camp word; both translations use it.' },
  { id: 'fire_zone', en: 'fire zone', uk: 'вогнева зона', ukStem: 'вогнев', ru: 'огневая зона', ruStem: 'огнев', note: 'As Russian accounts of Kengir write it («окружены единой огневой зоной»).' },
  { id: 'gulag', en: 'Gulag', uk: 'ГУЛАГ', ukStem: 'ГУЛАГ', ru: 'ГУЛАГ', ruStem: 'ГУЛАГ', note: 'The administration; never the prisoners\u2019 word for their camp (story bible §6).' },
  { id: 'mvd', en: 'MVD', uk: 'МВС', ukStem: 'МВС', ru: 'МВД', ruStem: 'МВД', note: 'Ukrainian abbreviates Міністерство внутрішніх справ as МВС.' },

  // The prisoners' commission and its departments (fact base §4.1, §5.1: the names vary by source).
  { id: 'commission', en: 'commission', uk: 'комісія', ukStem: 'комісі', ru: 'комиссия', ruStem: 'комисси', note: 'Both the prisoners\u2019 commission («комісія в’язнів», «комиссия заключённых»; Russian sources: «комиссия по переговорам от заключённых») and the government commissions from Moscow («московська комісія», «московская комиссия»).' },
  { id: 'propaganda_department', en: 'propaganda', uk: 'відділ пропаганди', ukStem: 'пропаганд', ru: 'отдел пропаганды', ruStem: 'пропаганд', note: 'Knopmus\u2019s department; English also says "propaganda service" («служба пропаганди», «служба пропаганды»). One source: «отдел агитации и пропаганды».' },
  { id: 'defence_department', en: 'defence department', uk: 'відділ оборони', ukStem: 'оборон', ru: 'отдел обороны', ruStem: 'оборон' },
  { id: 'military_department', en: 'military department', uk: 'військовий відділ', ukStem: 'військов', ru: 'военный отдел', ruStem: 'военн', note: 'Keller\u2019s department as the Russian Wikipedia infobox names it («военный отдел»).' },
  { id: 'security_department', en: 'security department', uk: 'відділ безпеки', ukStem: 'безпек', ru: 'отдел безопасности', ruStem: 'безопасност', note: 'One source: «отдел внутренней безопасности».' },
  { id: 'counter_intelligence', en: 'counter-intelligence', uk: 'контррозвідка', ukStem: 'контррозвід', ru: 'контрразведка', ruStem: 'контрразвед' },
  { id: 'technical_department', en: 'technical department', uk: 'технічний відділ', ukStem: 'технічн', ru: 'технический отдел', ruStem: 'техническ', note: 'Spelled out in text; «техвідділ», «техотдел» only where space is short (map labels).' },
  { id: 'supply_department', en: 'supply department', uk: 'відділ постачання', ukStem: 'постачанн', ru: 'отдел снабжения', ruStem: 'снабжени', note: 'One source: «вещевой-продовольственный отдел».' },

  // Places.
  { id: 'steplag', en: 'Steplag', uk: 'Степлаг', ukStem: 'Степлаг', ru: 'Степлаг', ruStem: 'Степлаг', note: 'Степовий табір / Степной лагерь.' },
  { id: 'kengir', en: 'Kengir', uk: 'Кенгір', ukStem: 'Кенгір', ru: 'Кенгир', ruStem: 'Кенгир', note: 'Adjective: кенгірський, кенгирский.' },
  { id: 'rudnik', en: 'Rudnik', uk: 'Рудник', ukStem: 'Рудник', ru: 'Рудник', ruStem: 'Рудник', note: 'The camp division at the mine near Dzhezkazgan: a name, capitalised.' },
  { id: 'dzhezkazgan', en: 'Dzhezkazgan', uk: 'Джезказган', ukStem: 'Джезказган', ru: 'Джезказган', ruStem: 'Джезказган', note: 'The Soviet name; today Жезказган.' },
  { id: 'zhezkazgan', en: 'Zhezkazgan', uk: 'Жезказган', ukStem: 'Жезказган', ru: 'Жезказган', ruStem: 'Жезказган', note: 'The city\u2019s name today (Kengir is part of it); where English says "Dzhezkazgan", the Soviet name is kept. Adjective: жезказганський, жезказганский.' },
  { id: 'karaganda', en: 'Karaganda', uk: 'Караганда', ukStem: 'Караганд', ru: 'Караганда', ruStem: 'Караганд', note: 'The region and its MVD: Карагандинського МВС, карагандинского МВД.' },
  { id: 'kolyma', en: 'Kolyma', uk: 'Колима', ukStem: 'Колим', ru: 'Колыма', ruStem: 'Колым', note: 'на Колиму, з Колими (uk); на Колыму, с Колымы (ru).' },
  { id: 'magadan', en: 'Magadan', uk: 'Магадан', ukStem: 'Магадан', ru: 'Магадан', ruStem: 'Магадан' },
  { id: 'norilsk', en: 'Norilsk', uk: 'Норильськ', ukStem: 'Норильськ', ru: 'Норильск', ruStem: 'Норильск', note: 'The 1953 strike (Gorlag): у Норильську, в Норильске.' },
  { id: 'vorkuta', en: 'Vorkuta', uk: 'Воркута', ukStem: 'Воркут', ru: 'Воркута', ruStem: 'Воркут', note: 'The 1953 strike (Rechlag): у Воркуті, в Воркуте.' },
  { id: 'ozerlag', en: 'Ozerlag', uk: 'Озерлаг', ukStem: 'Озерла', ru: 'Озерлаг', ruStem: 'Озерла', note: 'The camp where many were sent after Kengir. Ukrainian locative with the г/з alternation: в Озерлазі (so the stem stops before it); Russian в Озерлаге.' },
  { id: 'ternopil', en: 'Ternopil', uk: 'Тернопіль', ukStem: 'Терноп', ru: 'Тернополь', ruStem: 'Терноп', note: 'Тернопіль, Тернополя (uk); Тернополь, Тернополя (ru).' },

  // Real people (fact base §4; only what sources record).
  { id: 'kapiton', en: 'Kapiton', uk: 'Капітон', ukStem: 'Капітон', ru: 'Капитон', ruStem: 'Капитон', note: 'Kuznetsov\u2019s first name; "Kapitan" is a known misspelling, never used.' },
  { id: 'kuznetsov', en: 'Kuznetsov', uk: 'Кузнєцов', ukStem: 'Кузнєцов', ru: 'Кузнецов', ruStem: 'Кузнецов', note: 'Капітон Іванович Кузнєцов / Капитон Иванович Кузнецов, chairman of the prisoners\u2019 commission.' },
  { id: 'sluchenkov', en: 'Sluchenkov', uk: 'Слученков', ukStem: 'Слученков', ru: 'Слученков', ruStem: 'Слученков', note: 'Енгельс Іванович Слученков, «Гліб» / Энгельс Иванович Слученков, «Глеб».' },
  { id: 'gleb', en: 'Gleb', uk: 'Гліб', ukStem: 'Гліб', ru: 'Глеб', ruStem: 'Глеб', note: 'Sluchenkov\u2019s nickname, in quotation marks after his name: Слученков, «Гліб».' },
  { id: 'knopmus', en: 'Knopmus', uk: 'Кнопмус', ukStem: 'Кнопмус', ru: 'Кнопмус', ruStem: 'Кнопмус', note: 'Юрій Кнопмус / Юрий Кнопмус, head of propaganda.' },
  { id: 'makeev', en: 'Makeev', uk: 'Макеєв', ukStem: 'Макеєв', ru: 'Макеев', ruStem: 'Макеев', note: 'Олексій Макеєв / Алексей Макеев; left the commission on 3 June 1954.' },
  { id: 'semkin', en: 'Semkin', uk: 'Семкін', ukStem: 'Семкін', ru: 'Семкин', ruStem: 'Семкин', note: 'Н. А. Семкін / Семкин, who replaced Makeev.' },
  { id: 'keller', en: 'Keller', uk: 'Келлер', ukStem: 'Келлер', ru: 'Келлер', ruStem: 'Келлер', note: 'Г. І. Келлер / Г. И. Келлер, the military department.' },
  { id: 'mikhailevich', en: 'Mikhailevich', uk: 'Михайлевич', ukStem: 'Михайлевич', ru: 'Михайлевич', ruStem: 'Михайлевич', note: 'А. А. Михайлевич, commission member for the women\u2019s lagpunkt; a woman\u2019s surname in -вич does not decline.' },
  { id: 'suprun', en: 'Suprun', uk: 'Супрун', ukStem: 'Супрун', ru: 'Супрун', ruStem: 'Супрун', note: 'Л. К. Супрун, commission member for the women\u2019s lagpunkt; does not decline for a woman.' },
  { id: 'shimanskaya', en: 'Shimanskaya', uk: 'Шиманська', ukStem: 'Шиманськ', ru: 'Шиманская', ruStem: 'Шиманск', note: 'М. С. Шиманська / Шиманская, commission member for the women\u2019s lagpunkt.' },
  { id: 'sunichuk', en: 'Sunichuk', uk: 'Суничук', ukStem: 'Суничук', ru: 'Суничук', ruStem: 'Суничук' },
  { id: 'avakyan', en: 'Avakyan', uk: 'Авакян', ukStem: 'Авакян', ru: 'Авакян', ruStem: 'Авакян' },
  { id: 'bershadskaya', en: 'Bershadskaya', uk: 'Бершадська', ukStem: 'Бершадськ', ru: 'Бершадская', ruStem: 'Бершадск', note: 'Любов Бершадська / Любовь Бершадская.' },
  { id: 'bochkov', en: 'Bochkov', uk: 'Бочков', ukStem: 'Бочков', ru: 'Бочков', ruStem: 'Бочков', note: 'Віктор Михайлович Бочков / Виктор Михайлович Бочков, the first commission (19 May).' },
  { id: 'gubin', en: 'Gubin', uk: 'Губін', ukStem: 'Губін', ru: 'Губин', ruStem: 'Губин', note: 'В. В. Губін / Губин, the first commission.' },
  { id: 'samsonov', en: 'Samsonov', uk: 'Самсонов', ukStem: 'Самсонов', ru: 'Самсонов', ruStem: 'Самсонов', note: 'The first commission; his initials are disputed.' },
  { id: 'yegorov', en: 'Yegorov', uk: 'Єгоров', ukStem: 'Єгоров', ru: 'Егоров', ruStem: 'Егоров', note: 'Сергій Єгорович Єгоров / Сергей Егорович Егоров; "Egorov" in some English sources.' },
  { id: 'dolgikh', en: 'Dolgikh', uk: 'Долгих', ukStem: 'Долгих', ru: 'Долгих', ruStem: 'Долгих', note: 'Іван Ілліч Долгих / Иван Ильич Долгих; does not decline. Never confuse him with Ivan Ivanovich Dolgikh of Nazino.' },
  { id: 'vavilov', en: 'Vavilov', uk: 'Вавилов', ukStem: 'Вавилов', ru: 'Вавилов', ruStem: 'Вавилов', note: 'The second commission; his initials are disputed.' },
  { id: 'kruglov', en: 'Kruglov', uk: 'Круглов', ukStem: 'Круглов', ru: 'Круглов', ruStem: 'Круглов', note: 'Сергій Круглов / Сергей Круглов, Minister of Internal Affairs.' },
  { id: 'beria', en: 'Beria', uk: 'Берія', ukStem: 'Бері', ru: 'Берия', ruStem: 'Бери' },
  { id: 'solzhenitsyn', en: 'Solzhenitsyn', uk: 'Солженіцин', ukStem: 'Солженіцин', ru: 'Солженицын', ruStem: 'Солженицын' },
  { id: 'stalin', en: 'Stalin', uk: 'Сталін', ukStem: 'Сталін', ru: 'Сталин', ruStem: 'Сталин', note: 'Also the adjective: сталінський, сталинский.' },
  { id: 'malenkov', en: 'Malenkov', uk: 'Маленков', ukStem: 'Маленков', ru: 'Маленков', ruStem: 'Маленков' },
  { id: 'khrushchev', en: 'Khrushchev', uk: 'Хрущов', ukStem: 'Хрущов', ru: 'Хрущёв', ruStem: 'Хрущёв', note: 'Микита Хрущов / Никита Хрущёв (with ё).' },
  { id: 'konovalov', en: 'Konovalov', uk: 'Коновалов', ukStem: 'Коновалов', ru: 'Коновалов', ruStem: 'Коновалов', note: 'Colonel Konovalov, head of the Karaganda region MVD.' },
  { id: 'belyaev', en: 'Belyaev', uk: 'Бєляєв', ukStem: 'Бєляєв', ru: 'Беляев', ruStem: 'Беляев', note: 'The officer Solzhenitsyn calls Belyaev, nicknamed "Wart": «Бородавка» in both languages.' },
  { id: 'lomako', en: 'Lomako', uk: 'Ломако', ukStem: 'Ломако', ru: 'Ломако', ruStem: 'Ломако', note: 'П. Ф. Ломако, minister of non-ferrous metals; does not decline.' },
  { id: 'kalimulin', en: 'Kalimulin', uk: 'Калімулін', ukStem: 'Калімулін', ru: 'Калимулин', ruStem: 'Калимулин', note: 'The convoy guard whom popular tradition names for the disputed 15 May shooting (fact base addendum).' },
  { id: 'bobrinsky', en: 'Bobrinsk', uk: 'Бобринський', ukStem: 'Бобринськ', ru: 'Бобринский', ruStem: 'Бобринск', note: 'Count Bobrinsky (also Bobrinski) and his café: граф Бобринський / граф Бобринский.' },
  { id: 'yarimovskaya', en: 'Yarimovskaya', uk: 'Яримовська', ukStem: 'Яримовськ', ru: 'Яримовская', ruStem: 'Яримовск', note: 'Слава Яримовська / Слава Яримовская, an announcer on the camp\u2019s loudspeakers.' },
  { id: 'kondratas', en: 'Kondratas', uk: 'Кондратас', ukStem: 'Кондратас', ru: 'Кондратас', ruStem: 'Кондратас', note: 'Юозас Кондратас (Juozas Kondratas), the Lithuanian member of the "Center".' },
  { id: 'henyk_skilska', en: 'Henyk-Skilska', uk: 'Геник-Скільська', ukStem: 'Геник-Скільськ', ru: 'Геник-Скильская', ruStem: 'Геник-Скильск', note: 'Ганна Геник-Скільська / Ганна Геник-Скильская: a Ukrainian name stays Ukrainian in Russian (Ганна, not Анна).' },
  { id: 'ferenchuk', en: 'Ferenchuk', uk: 'Ференчук', ukStem: 'Ференчук', ru: 'Ференчук', ruStem: 'Ференчук', note: 'Юрій Ференчук / Юрий Ференчук, a participant.' },
  { id: 'kulchyk', en: 'Kulchyk', uk: 'Кульчик', ukStem: 'Кульчик', ru: 'Кульчик', ruStem: 'Кульчик', note: 'Йосип Кульчик (Josyp Kulchyk) in both languages, a survivor and memoirist.' },
  { id: 'varkonyi', en: 'Várkonyi', uk: 'Варконьї', ukStem: 'Варконьї', ru: 'Варконьи', ruStem: 'Варконьи', note: 'Ференц Варконьї / Ференц Варконьи, the Hungarian doctor and memoirist: Hungarian ny is нь; the name does not decline.' },
  { id: 'varkonyi_plain', en: 'Varkonyi', uk: 'Варконьї', ukStem: 'Варконьї', ru: 'Варконьи', ruStem: 'Варконьи', note: 'The same name where English drops the accent.' },
  { id: 'formozov', en: 'Formozov', uk: 'Формозов', ukStem: 'Формозов', ru: 'Формозов', ruStem: 'Формозов', note: 'Микола Формозов / Николай Формозов, the historian who worked in the archives (Novaya Gazeta, 2012).' },
  { id: 'allaniyazov', en: 'Allaniyazov', uk: 'Алланіязов', ukStem: 'Алланіязов', ru: 'Алланиязов', ruStem: 'Алланиязов', note: 'Турганбек Алланіязов / Турганбек Алланиязов, the Zhezkazgan historian.' },
  { id: 'shakir', en: 'Shakir', uk: 'Шакір а-Міль', ukStem: 'Шакір', ru: 'Шакир а-Миль', ruStem: 'Шакир', note: 'Shakir a-Mil, whose account of Kuznetsov is quoted by Applebaum; the first name declines (Шакіра, Шакира), «а-Міль» / «а-Миль» does not.' },
  { id: 'barnes', en: 'Barnes', uk: 'Барнс', ukStem: 'Барнс', ru: 'Барнс', ruStem: 'Барнс', note: 'Steven Barnes, historian: Стівен Барнс / Стивен Барнс.' },
  { id: 'applebaum', en: 'Applebaum', uk: 'Епплбаум', ukStem: 'Епплбаум', ru: 'Эпплбаум', ruStem: 'Эпплбаум' },

  // The fictional main characters (story bible §3).
  { id: 'halyna', en: 'Halyna', uk: 'Галина', ukStem: 'Галин', ru: 'Галина', ruStem: 'Галин' },
  { id: 'savchuk', en: 'Savchuk', uk: 'Савчук', ukStem: 'Савчук', ru: 'Савчук', ruStem: 'Савчук', note: 'Does not decline for a woman (Галини Савчук); declines for Mykola (Миколи Савчука).' },
  { id: 'jonas', en: 'Jonas', uk: 'Йонас', ukStem: 'Йонас', ru: 'Йонас', ruStem: 'Йонас' },
  { id: 'vaitkus', en: 'Vaitkus', uk: 'Вайткус', ukStem: 'Вайткус', ru: 'Вайткус', ruStem: 'Вайткус' },
  { id: 'pavel', en: 'Pavel', uk: 'Павло', ukStem: 'Павл', ru: 'Павел', ruStem: 'Пав', note: 'Ukrainian uses the Ukrainian form of a Russian first name, as it does for real people (Сергій Єгоров).' },
  { id: 'lavrov', en: 'Lavrov', uk: 'Лавров', ukStem: 'Лавров', ru: 'Лавров', ruStem: 'Лавров' },
  { id: 'orlov', en: 'Orlov', uk: 'Орлов', ukStem: 'Орлов', ru: 'Орлов', ruStem: 'Орлов', note: 'The lieutenant as the history names him, and the story\u2019s Orlov.' },
  { id: 'stefa', en: 'Stefa', uk: 'Стефа', ukStem: 'Стеф', ru: 'Стефа', ruStem: 'Стеф', note: 'The woman Halyna\u2019s barrack chose to speak for it: Стефа, Стефи, Стефу (uk); Стефа, Стефы, Стефе (ru).' },
  // Pavel's cast (docs/briefs/pavel-arc.md §2): fiction; Ukrainian gives Russian first names their Ukrainian form.
  { id: 'tarasov', en: 'Tarasov', uk: 'Тарасов', ukStem: 'Тарасов', ru: 'Тарасов', ruStem: 'Тарасов', note: 'Yevgeny Tarasov, the commission\u2019s secretary: Євген Тарасов / Евгений Тарасов.' },
  { id: 'matvei', en: 'Matvei', uk: 'Матвій', ukStem: 'Матві', ru: 'Матвей', ruStem: 'Матве', note: 'Matvei Kholodov: Матвій Холодов / Матвей Холодов.' },
  { id: 'kholodov', en: 'Kholodov', uk: 'Холодов', ukStem: 'Холодов', ru: 'Холодов', ruStem: 'Холодов' },
  { id: 'tamara', en: 'Tamara', uk: 'Тамара', ukStem: 'Тамар', ru: 'Тамара', ruStem: 'Тамар', note: 'Tamara Lesnaya, the announcer: Тамара Лєсна / Тамара Лесная (Ukrainian shortens the feminine surname).' },
  { id: 'grisha', en: 'Grisha', uk: 'Гриша', ukStem: 'Гриш', ru: 'Гриша', ruStem: 'Гриш', note: 'Grisha Nechaev: Гриша Нечаєв / Гриша Нечаев.' },
  { id: 'dyomin', en: 'Dyomin', uk: 'Дьомін', ukStem: 'Дьомін', ru: 'Дёмин', ruStem: 'Дёмин', note: 'Captain Dyomin, the investigator: капітан Дьомін / капитан Дёмин.' },
  { id: 'antanas', en: 'Antanas', uk: 'Антанас', ukStem: 'Антанас', ru: 'Антанас', ruStem: 'Антанас', note: 'Antanas Butkus: Антанас Буткус in both.' },
  { id: 'mykola', en: 'Mykola', uk: 'Микола', ukStem: 'Микол', ru: 'Микола', ruStem: 'Микол', note: 'Russian keeps the Ukrainian name as Russian literature writes it («Микола», not «Николай»).' },
];
