// The front desk: check-ins awaited and away holds with live countdowns, bars, and the latest events.
// Countdowns run on the server's clock (which a simulated day accelerates), re-anchored on every event.
"use strict";

const state = { awaiting: new Map(), away: new Map(), bars: new Map(), serverAt: 0, localAt: 0 };
const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/staff").withAutomaticReconnect().build();
const el = id => document.getElementById(id);
let timeZone;

connection.on("deskEvent", event => { anchor(event.at); apply(event); log(event); render(); });
connection.onreconnecting(() => el("connection").textContent = "reconnecting…");
connection.onreconnected(() => { el("connection").textContent = "live"; load(); });

function anchor(serverTime) {
  const t = Date.parse(serverTime);
  if (t > state.serverAt) { state.serverAt = t; state.localAt = performance.now(); }
}

function serverNow() { return state.serverAt + (performance.now() - state.localAt); }

function apply(e) {
  const entry = {
    bookingId: e.bookingId, studentId: e.studentId, seatId: e.seatId, seatLabel: e.seatLabel, deadline: e.deadline,
  };
  switch (e.kind) {
    case "awaitingCheckIn": state.awaiting.set(e.bookingId, entry); break;
    case "steppedAway": state.away.set(e.bookingId, entry); break;
    case "checkedIn": case "noShow": state.awaiting.delete(e.bookingId); break;
    case "returned": case "awayExpired": state.away.delete(e.bookingId); break;
    case "bookingEnded": state.awaiting.delete(e.bookingId); state.away.delete(e.bookingId); break;
    case "barred": state.bars.set(e.studentId, e.deadline); break;
    case "barLifted": state.bars.delete(e.studentId); break;
  }
}

async function load() {
  const board = await connection.invoke("Board");
  anchor(board.now);
  state.awaiting = new Map(board.awaitingCheckIn.map(e => [e.bookingId, e]));
  state.away = new Map(board.away.map(e => [e.bookingId, e]));
  state.bars = new Map(Object.entries(board.bars));
  el("events").replaceChildren();
  for (const event of [...board.recent].reverse()) log(event);
  render();
  document.body.dataset.ready = "true";
}

function log(e) {
  if (["checkInReminder", "awayReminder"].includes(e.kind)) return;
  const li = document.createElement("li");
  li.innerHTML = `<span class="kind"></span> <time></time> <span class="text"></span>`;
  li.querySelector(".kind").textContent = e.kind;
  li.querySelector("time").textContent = localTime(e.at);
  li.querySelector(".text").textContent = (e.studentId ? e.studentId + ": " : "") + e.message;
  el("events").prepend(li);
  while (el("events").children.length > 200) el("events").lastChild.remove();
}

function render() {
  table("awaiting", state.awaiting, e => [e.seatLabel, e.studentId, localTime(e.deadline), left(e.deadline),
    button("release", () => post(`/api/staff/seats/${e.seatId}/release`))]);
  table("away", state.away, e => [e.seatLabel, e.studentId, localTime(e.deadline), left(e.deadline),
    button("release", () => post(`/api/staff/seats/${e.seatId}/release`))]);
  table("bars", state.bars, (until, studentId) => [studentId, localTime(until),
    button("lift", () => post(`/api/staff/students/${studentId}/lift-bar`))]);
  el("awaiting-count").textContent = `(${state.awaiting.size})`;
  el("away-count").textContent = `(${state.away.size})`;
  el("clock").textContent = "library time " + localTime(new Date(serverNow()).toISOString());
}

function table(id, map, cells) {
  const rows = [...map.entries()]
    .sort((a, b) => Date.parse(a[1].deadline ?? a[1]) - Date.parse(b[1].deadline ?? b[1]))
    .map(([key, value]) => {
      const tr = document.createElement("tr");
      for (const cell of cells(value, key)) {
        const td = document.createElement("td");
        if (cell instanceof Node) td.append(cell); else td.textContent = cell;
        if (typeof cell === "string" && cell.endsWith(" min") && parseInt(cell) < 5) td.className = "urgent";
        tr.append(td);
      }
      return tr;
    });
  el(id).replaceChildren(...rows);
}

function left(deadline) {
  const minutes = Math.max(0, Math.ceil((Date.parse(deadline) - serverNow()) / 60000));
  return minutes + " min";
}

function button(text, action) {
  const b = document.createElement("button");
  b.textContent = text;
  b.addEventListener("click", action);
  return b;
}

async function post(url) { await fetch(url, { method: "POST" }); }

function localTime(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", timeZone }) : "";
}

async function start() {
  timeZone = (await (await fetch("/api/library")).json()).timeZone;
  await connection.start();
  el("connection").textContent = "live";
  await load();
  setInterval(render, 1000);
}

start().catch(error => el("connection").textContent = "error: " + error);
