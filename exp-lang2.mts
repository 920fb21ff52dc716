import { eld as L } from 'eld/large';
const sub = L.newInstance(); sub.setLanguageSubset(['en','es','fr','de','fa','ar']);
for (const s of ['merci','Bitte stornieren','ممنون','شكرا','Annulez svp','Cancel it pls','ok','thanks','gracias','danke','Hola','Salut','Hi Anna','grazie mille','obrigado pela ajuda','Dank je wel voor de snelle levering']) {
  const r = L.detect(s); const q = sub.detect(s);
  console.log(s, r.language, r.isReliable(), JSON.stringify(r.getScores()), '| sub', q.language, q.isReliable(), JSON.stringify(q.getScores()));
}
