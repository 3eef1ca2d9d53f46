import { wordList } from './word-list.js';

/**
 * First names and surnames of the nationalities most present among the people the cooperatives take
 * in charge (the seeds' projects in Milan, Martesana and Brescia). Transliterations follow the
 * spelling usually found on Italian residence permits.
 */
export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
}

function pool(female: string, male: string, surnames: string): NamePool {
  return { female: wordList(female), male: wordList(male), surnames: wordList(surnames) };
}

export const FOREIGN_NAME_POOLS = {
  EG: pool(
    'Fatma, Mona, Aya, Nour, Mariam, Heba, Yasmin, Salma, Amira, Doaa',
    'Mohamed, Ahmed, Mahmoud, Mostafa, Youssef, Omar, Karim, Islam, Hany',
    'Abdelrahman, Hassan, Ibrahim, Mahmoud, Sayed, Farouk, Gamal, Soliman, Abdallah, Mansour',
  ),
  MA: pool(
    'Fatima, Khadija, Naima, Samira, Hanane, Latifa, Souad, Zineb, Imane, Hafsa',
    'Mohammed, Youssef, Hamza, Rachid, Abdelaziz, Said, Mustapha, Anas, Ayoub, Karim',
    'El Amrani, Benali, Bouzid, El Idrissi, Alaoui, Tahiri, Chaoui, Berrada, Ouali, Mansouri',
  ),
  LK: pool(
    'Nadeesha, Dilani, Chamari, Sanduni, Anoma, Kumari, Nirosha, Ishara',
    'Nuwan, Chaminda, Ruwan, Kasun, Lahiru, Pradeep, Sampath, Tharindu',
    'Perera, Fernando, Silva, Jayasinghe, Wickramasinghe, Dissanayake, Rathnayake, Kumara',
  ),
  PE: pool(
    'Rosa, Carmen, Milagros, Maribel, Yesenia, Liliana, Gladys, Flor',
    'José, Luis, Jorge, César, Wilmer, Edwin, Juan Carlos, Miguel',
    'Quispe, Flores, Huamán, Mamani, Rojas, Chávez, Vargas, Ramírez, Torres',
  ),
  EC: pool(
    'Jessenia, Mayra, Johanna, Verónica, Lorena, Gabriela, Nancy, Paola',
    'Byron, Jefferson, Darwin, Fabián, Wilson, Geovanny, Stalin, Édison',
    'Zambrano, Cedeño, Vera, Mendoza, Guamán, Andrade, Toapanta, Loor',
  ),
  AL: pool(
    'Elona, Anisa, Klodiana, Ermira, Blerina, Mirela, Xhesika, Fjolla',
    'Ardit, Besnik, Gentian, Erion, Klodian, Artan, Dritan, Elton, Endri',
    'Hoxha, Shehu, Gjoka, Leka, Basha, Dervishi, Kola, Marku, Cela',
  ),
  RO: pool(
    'Elena, Ioana, Mihaela, Andreea, Florentina, Gabriela, Nicoleta, Daniela',
    'Ion, Andrei, Mihai, Florin, Gheorghe, Constantin, Marian, Bogdan',
    'Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Munteanu, Constantin, Lungu',
  ),
  NG: pool(
    'Blessing, Joy, Precious, Favour, Esther, Gift, Mercy, Peace, Glory',
    'Emmanuel, Chinedu, Samuel, Godwin, Osas, Daniel, Victor, Ikenna',
    'Okafor, Eze, Osagie, Adeyemi, Obi, Nwosu, Igbinosa, Ogunleye',
  ),
  SN: pool(
    'Fatou, Aminata, Awa, Mariama, Ndeye, Khady, Coumba, Astou',
    'Mamadou, Moussa, Cheikh, Ibrahima, Abdoulaye, Modou, Ousmane, Babacar',
    'Diop, Ndiaye, Fall, Sow, Diallo, Sarr, Mbaye, Gueye, Faye',
  ),
  PK: pool(
    'Ayesha, Fatima, Sana, Nadia, Rabia, Saima, Hina, Amna',
    'Muhammad, Ali, Usman, Bilal, Imran, Asif, Waqas, Kashif, Zeeshan',
    'Khan, Hussain, Ahmed, Iqbal, Butt, Malik, Shah, Raza, Javed',
  ),
  BD: pool(
    'Nasrin, Shirin, Sharmin, Rokeya, Taslima, Jannat, Moushumi',
    'Rahim, Karim, Sohel, Rashed, Jahid, Shakil, Mizanur, Alamgir',
    'Hossain, Rahman, Islam, Akter, Uddin, Miah, Chowdhury, Sarker',
  ),
  UA: pool(
    'Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Halyna',
    'Oleksandr, Andrii, Serhii, Volodymyr, Dmytro, Mykola, Ivan, Yurii',
    'Kovalenko, Shevchenko, Bondarenko, Tkachenko, Melnyk, Kravchenko, Boiko, Lysenko',
  ),
  PH: pool(
    'Maricel, Rowena, Jocelyn, Marites, Lorna, Rosalie, Analyn, Cherry',
    'Jun, Rommel, Arnel, Reynaldo, Jayson, Ramil, Noel, Ariel',
    'Santos, Reyes, Cruz, Bautista, Dela Cruz, Garcia, Mendoza, Aquino',
  ),
} as const satisfies Record<string, NamePool>;

export type ForeignNationality = keyof typeof FOREIGN_NAME_POOLS;
