import { wordList } from './word-list.js';

/**
 * Italian first names and surnames, weighted towards the ones common in Lombardy. Every person built
 * from them is synthetic: names are drawn independently, so any match with a real person is chance.
 */

export const ITALIAN_FEMALE_NAMES = wordList(`
  Giulia, Francesca, Chiara, Sara, Martina, Valentina, Federica, Silvia, Elena, Alessandra, Laura,
  Paola, Roberta, Simona, Monica, Barbara, Cristina, Elisa, Anna, Maria, Giovanna, Daniela, Manuela,
  Stefania, Claudia, Serena, Alice, Giorgia, Aurora, Sofia, Beatrice, Camilla, Noemi, Arianna,
  Ilaria, Veronica, Marta, Lucia, Rita, Patrizia, Antonella, Rosa, Teresa, Carla, Luisa, Nadia,
  Emanuela, Katia, Debora, Jessica, Gaia, Greta, Asia, Rebecca, Matilde
`);

export const ITALIAN_MALE_NAMES = wordList(`
  Marco, Luca, Andrea, Alessandro, Matteo, Davide, Stefano, Simone, Francesco, Giuseppe, Giovanni,
  Antonio, Roberto, Paolo, Massimo, Fabio, Daniele, Riccardo, Lorenzo, Federico, Emanuele, Claudio,
  Mauro, Maurizio, Sergio, Luigi, Mario, Gabriele, Nicola, Michele, Alberto, Enrico, Filippo,
  Tommaso, Leonardo, Mattia, Samuele, Christian, Manuel, Diego, Ivan, Gianluca, Pietro, Carlo,
  Franco, Angelo, Salvatore, Vincenzo, Domenico, Giorgio, Cristian, Denis, Nicolò
`);

export const ITALIAN_SURNAMES = wordList(`
  Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
  Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro,
  Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale,
  Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri,
  Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo,
  Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Brambilla,
  Bonetti, Pozzi, Riva, Crippa, Sironi, Fumagalli, Galbiati, Mauri, Beretta, Brivio, Rota,
  Locatelli, Mapelli, Bonfanti, Ghezzi, Radaelli, Perego, Corti, Bassi, Vergani, Cazzaniga,
  Tagliabue, Zanetti, Bertoli, Ravasi, Oldani, Sormani, Baldini, Caprioli, Invernizzi, Fossati,
  Frigerio, Gervasoni, Pagani, Vismara, Zanoni, Carminati, Belotti
`);

/** Streets found in most Lombard towns: addresses look familiar without pointing at a real door. */
export const STREET_NAMES = wordList(`
  Via Roma, Via Garibaldi, Via Mazzini, Via Matteotti, Via Dante Alighieri, Via Vittorio Emanuele II,
  Via Cavour, Via Manzoni, Via XXV Aprile, Via IV Novembre, Via Marconi, Via Verdi, Via Milano,
  Via Monza, Via Bergamo, Via Brescia, Via Como, Via della Repubblica, Via Europa, Via Kennedy,
  Via Gramsci, Via Carducci, Via Pascoli, Via Leopardi, Via San Francesco, Via Sant’Ambrogio,
  Via della Chiesa, Via dei Mille, Via Trento, Via Trieste, Via Volta, Via Galilei, Via Puccini,
  Via Don Minzoni, Via Industriale, Via dell’Artigianato, Via del Lavoro, Via per Cassano, Via Adda,
  Piazza della Libertà, Piazza Vittorio Veneto, Viale Lombardia, Viale delle Rimembranze,
  Via Papa Giovanni XXIII, Via Aldo Moro, Via Martiri della Libertà, Via Fratelli Cervi
`);
