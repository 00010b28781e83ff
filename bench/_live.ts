import { runLiveBench } from "./live.js";
const r = await runLiveBench((l) => console.log(l));
console.log(JSON.stringify(r, null, 1));
