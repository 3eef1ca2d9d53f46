/**
 * Italian stop words, shared by both backends so that a query means the same on each. The list is
 * PostgreSQL's own `italian.stop` (the Snowball list its `italian` configuration drops at index time),
 * so the embedded backend and Meilisearch ignore exactly the same words; the elided forms that an
 * apostrophe leaves behind (`dell'`, `un'`, `d'`) are added.
 */
export const ITALIAN_STOP_WORDS: readonly string[] = [
  ...'ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle'.split(
    ' ',
  ),
  ...'di del dello dei degli dell degl della delle in nel nello nei negli nell negl nella nelle'.split(
    ' ',
  ),
  ...'su sul sullo sui sugli sull sugl sulla sulle per tra contro io tu lui lei noi voi loro'.split(
    ' ',
  ),
  ...'mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro'.split(
    ' ',
  ),
  ...'vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché anche'.split(
    ' ',
  ),
  ...'come dov dove che chi cui non più quale quanto quanti quanta quante quello quelli quella'.split(
    ' ',
  ),
  ...'quelle questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete'.split(
    ' ',
  ),
  ...'hanno abbia abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti avrebbe'.split(
    ' ',
  ),
  ...'avremmo avreste avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe'.split(
    ' ',
  ),
  ...'avemmo aveste ebbero avessi avesse avessimo avessero avendo avuto avuta avuti avute sono'.split(
    ' ',
  ),
  ...'sei è siamo siete sia siate siano sarò sarai sarà saremo sarete saranno sarei saresti'.split(
    ' ',
  ),
  ...'sarebbe saremmo sareste sarebbero ero eri era eravamo eravate erano fui fosti fu fummo'.split(
    ' ',
  ),
  ...'foste furono fossi fosse fossimo fossero essendo faccio fai facciamo fanno faccia'.split(' '),
  ...'facciate facciano farò farai farà faremo farete faranno farei faresti farebbe faremmo'.split(
    ' ',
  ),
  ...'fareste farebbero facevo facevi faceva facevamo facevate facevano feci facesti fece'.split(
    ' ',
  ),
  ...'facemmo faceste fecero facessi facesse facessimo facessero facendo sto stai sta stiamo'.split(
    ' ',
  ),
  ...'stanno stia stiate stiano starò starai starà staremo starete staranno starei staresti'.split(
    ' ',
  ),
  ...'starebbe staremmo stareste starebbero stavo stavi stava stavamo stavate stavano stetti'.split(
    ' ',
  ),
  ...'stesti stette stemmo steste stettero stessi stesse stessimo stessero stando'.split(' '),
  ...'d quest quell coll'.split(' '),
];
