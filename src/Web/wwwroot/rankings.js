// The live rankings: six awards over the current week, month or year. Each board is drawn from the
// answer to Watch, then redrawn whenever the server pushes its new head. The viewer's own place is asked
// over HTTP (it needs the student's identity) after each change.
"use strict";

const awards = [
  ["visits", "Visits"], ["days", "Days"], ["hours", "Hours"],
  ["streak", "Longest streak"], ["earlyBird", "Early bird"], ["nightOwl", "Night owl"],
];
const boardsEl = document.getElementById("boards");
const periodEl = document.getElementById("period");
const studentEl = document.getElementById("student");
const connectionEl = document.getElementById("connection");
const cards = new Map();  // board key -> card element

const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/rankings").withAutomaticReconnect().build();
connection.on("rankingChanged", view => draw(view));
connection.onreconnecting(() => connectionEl.textContent = "reconnecting…");
connection.onreconnected(() => { connectionEl.textContent = "live"; watch(); });
connection.onclose(() => connectionEl.textContent = "disconnected");

async function watch() {
  boardsEl.replaceChildren();
  cards.clear();
  for (const [award, title] of awards) {
    const card = document.createElement("section");
    card.className = "board";
    card.innerHTML = `<h2>${title}</h2><ol></ol><p class="me"></p>`;
    boardsEl.append(card);
    const view = await connection.invoke("Watch", periodEl.value, award);
    cards.set(view.board, card);
    card.dataset.award = award;
    draw(view);
  }
}

function draw(view) {
  const card = cards.get(view.board);
  if (!card) return;
  const list = card.querySelector("ol");
  list.replaceChildren(...view.places.map(p => {
    const item = document.createElement("li");
    item.innerHTML = `<span class="place">${p.place}</span><span class="name"></span>`
      + `<span class="value">${p.value}</span>`;
    item.querySelector(".name").textContent = p.name;
    return item;
  }));
  if (view.places.length === 0) list.innerHTML = "<li class='empty'>nobody yet</li>";
  drawOwn(card, view);
}

async function drawOwn(card, view) {
  const me = card.querySelector(".me");
  const student = studentEl.value.trim();
  if (!student) { me.textContent = ""; return; }
  const answer = await fetch(`/api/rankings/${view.period}/${view.award}`, { headers: { "X-Student-Id": student } });
  if (!answer.ok) { me.textContent = "unknown student"; return; }
  const own = (await answer.json()).me;
  me.textContent = own && own.place ? `You: #${own.place} of ${own.readers} (${own.value})` : "You are not ranked yet";
}

periodEl.addEventListener("change", watch);
studentEl.addEventListener("change", watch);
connection.start().then(() => { connectionEl.textContent = "live"; return watch(); });
