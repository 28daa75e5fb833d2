/**
 * Well-known people of conflict and diplomacy reporting (2014–2025) whose names news spells in several
 * ways, so that every article gives them the same canonical name and kbId. Canonical spellings follow
 * current English usage of the subject's government or of AP/Reuters (e.g. "Volodymyr Zelenskyy",
 * "Viktor Yanukovych"); variants are common transliterations in news archives. Public facts, curated by
 * hand; extend freely. Roles are not stored here: offices change, the article says them.
 */
export interface KnownPerson {
  name: string;
  /** Other spellings of the full name and of the surname (a one-word variant is a surname spelling). */
  variants: string[];
  gender: 'm' | 'f';
}

export const PEOPLE: KnownPerson[] = [
  { name: 'Volodymyr Zelenskyy', variants: ['Zelensky', 'Zelenskiy', 'Zelenskyi', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Vladimir Zelensky'], gender: 'm' },
  { name: 'Vladimir Putin', variants: ['Vladimir Vladimirovich Putin', 'Volodymyr Putin'], gender: 'm' },
  { name: 'Viktor Yanukovych', variants: ['Yanukovich', 'Viktor Yanukovich', 'Victor Yanukovych', 'Victor Yanukovich'], gender: 'm' },
  { name: 'Petro Poroshenko', variants: ['Petro Poroshenko', 'Petr Poroshenko', 'Pyotr Poroshenko'], gender: 'm' },
  { name: 'Arseniy Yatsenyuk', variants: ['Arseny Yatsenyuk', 'Arsenyi Yatsenyuk', 'Arseniy Yatseniuk', 'Yatseniuk'], gender: 'm' },
  { name: 'Yulia Tymoshenko', variants: ['Yuliya Tymoshenko', 'Yulia Timoshenko', 'Timoshenko'], gender: 'f' },
  { name: 'Vitali Klitschko', variants: ['Vitaly Klitschko', 'Vitaliy Klitschko'], gender: 'm' },
  { name: 'Oleksandr Turchynov', variants: ['Olexander Turchynov', 'Alexander Turchinov', 'Turchinov'], gender: 'm' },
  { name: 'Dmytro Kuleba', variants: ['Dmitry Kuleba'], gender: 'm' },
  { name: 'Andrii Sybiha', variants: ['Andriy Sybiha'], gender: 'm' },
  { name: 'Andriy Yermak', variants: ['Andrii Yermak', 'Andriy Yermak'], gender: 'm' },
  { name: 'Valerii Zaluzhnyi', variants: ['Valery Zaluzhny', 'Valeriy Zaluzhnyi', 'Zaluzhny'], gender: 'm' },
  { name: 'Oleksandr Syrskyi', variants: ['Oleksandr Syrsky', 'Alexander Syrsky', 'Syrsky'], gender: 'm' },
  { name: 'Denys Shmyhal', variants: ['Denis Shmygal', 'Shmygal'], gender: 'm' },
  { name: 'Sergei Lavrov', variants: ['Sergey Lavrov', 'Serhiy Lavrov'], gender: 'm' },
  { name: 'Dmitry Peskov', variants: ['Dmitri Peskov', 'Dmytro Peskov'], gender: 'm' },
  { name: 'Dmitry Medvedev', variants: ['Dmitri Medvedev'], gender: 'm' },
  { name: 'Sergei Shoigu', variants: ['Sergey Shoigu', 'Sergei Shoygu', 'Shoygu'], gender: 'm' },
  { name: 'Valery Gerasimov', variants: ['Valeriy Gerasimov', 'Valery Gerasimov'], gender: 'm' },
  { name: 'Maria Zakharova', variants: ['Mariya Zakharova'], gender: 'f' },
  { name: 'Yuri Ushakov', variants: ['Yury Ushakov', 'Yuriy Ushakov'], gender: 'm' },
  { name: 'Andrei Belousov', variants: ['Andrey Belousov'], gender: 'm' },
  { name: 'Kirill Dmitriev', variants: ['Kirill Dmitriyev'], gender: 'm' },
  { name: 'Yevgeny Prigozhin', variants: ['Yevgeniy Prigozhin', 'Evgeny Prigozhin', 'Yevgeny Prigozhin'], gender: 'm' },
  { name: 'Ramzan Kadyrov', variants: [], gender: 'm' },
  { name: 'Alexander Lukashenko', variants: ['Alyaksandr Lukashenka', 'Aleksandr Lukashenko', 'Lukashenka'], gender: 'm' },
  { name: 'Sergei Aksyonov', variants: ['Sergey Aksyonov', 'Sergei Aksenov', 'Aksenov'], gender: 'm' },
  { name: 'Donald Trump', variants: ['Donald J. Trump'], gender: 'm' },
  { name: 'Joe Biden', variants: ['Joseph Biden', 'Joseph R. Biden'], gender: 'm' },
  { name: 'Barack Obama', variants: [], gender: 'm' },
  { name: 'Marco Rubio', variants: [], gender: 'm' },
  { name: 'Antony Blinken', variants: ['Anthony Blinken'], gender: 'm' },
  { name: 'Steve Witkoff', variants: ['Steven Witkoff'], gender: 'm' },
  { name: 'Keith Kellogg', variants: [], gender: 'm' },
  { name: 'John Kerry', variants: [], gender: 'm' },
  { name: 'Victoria Nuland', variants: [], gender: 'f' },
  { name: 'Angela Merkel', variants: [], gender: 'f' },
  { name: 'Olaf Scholz', variants: [], gender: 'm' },
  { name: 'Friedrich Merz', variants: [], gender: 'm' },
  { name: 'Emmanuel Macron', variants: [], gender: 'm' },
  { name: 'Keir Starmer', variants: [], gender: 'm' },
  { name: 'Recep Tayyip Erdogan', variants: ['Recep Tayyip Erdoğan', 'Tayyip Erdogan', 'Erdoğan'], gender: 'm' },
  { name: 'Xi Jinping', variants: [], gender: 'm' },
  { name: 'Kim Jong Un', variants: ['Kim Jong-un', 'Kim Jong-Un'], gender: 'm' },
  { name: 'Benjamin Netanyahu', variants: [], gender: 'm' },
  { name: 'Jens Stoltenberg', variants: [], gender: 'm' },
  { name: 'Mark Rutte', variants: [], gender: 'm' },
  { name: 'Ursula von der Leyen', variants: [], gender: 'f' },
  { name: 'Kaja Kallas', variants: [], gender: 'f' },
  { name: 'Catherine Ashton', variants: [], gender: 'f' },
  { name: 'Viktor Orban', variants: ['Viktor Orbán', 'Orbán'], gender: 'm' },
  { name: 'Antonio Guterres', variants: ['António Guterres', 'Guterres'], gender: 'm' },
];
