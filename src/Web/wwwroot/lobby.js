// The lobby screen: pick a room, a floor or the whole library; draw a snapshot, then apply changes.
// Seat versions order the changes, so an update older than what is drawn is ignored.
"use strict";

const roomsEl = document.getElementById("rooms");
const scopeEl = document.getElementById("scope");
const connectionEl = document.getElementById("connection");
const plans = new Map();     // room id -> { name, seats: [{id, label, x, y}] }
const seats = new Map();     // seat id -> { version, el }
let library;

const connection = new signalR.HubConnectionBuilder()
  .withUrl("/hubs/lobby")
  .withAutomaticReconnect()
  .build();

connection.on("roomChanged", update => {
  for (const change of update.changes) {
    const seat = seats.get(change.seatId);
    if (seat && change.version > seat.version) {
      seat.version = change.version;
      seat.el.className = "seat " + change.status;
      seat.el.dataset.status = change.status;
    }
  }
  drawCounts(update.roomId, update.counts);
});

connection.onreconnecting(() => setConnection("reconnecting…"));
// A reconnected screen may have missed changes: it asks for a fresh snapshot.
connection.onreconnected(() => { setConnection("live"); watch(); });
connection.onclose(() => setConnection("disconnected"));

function setConnection(text) { connectionEl.textContent = text; }

async function start() {
  library = await (await fetch("/api/library")).json();
  document.getElementById("library-name").textContent = library.name;
  scopeEl.add(new Option("Whole library", "library:"));
  for (const floor of library.floors) {
    scopeEl.add(new Option(floor.name, "floor:" + floor.id));
    for (const room of floor.rooms) {
      scopeEl.add(new Option("\u00a0\u00a0" + room.name, "room:" + room.id));
    }
  }
  const wanted = new URLSearchParams(location.search).get("show");
  if (wanted && [...scopeEl.options].some(o => o.value === wanted)) scopeEl.value = wanted;
  scopeEl.addEventListener("change", () => {
    history.replaceState(null, "", "?show=" + encodeURIComponent(scopeEl.value));
    watch();
  });
  await connection.start();
  setConnection("live");
  await watch();
}

async function watch() {
  const [scope, id] = scopeEl.value.split(":");
  const snapshots = await connection.invoke("Watch", scope, id || null);
  await Promise.all(snapshots.map(s => plan(s.roomId)));
  roomsEl.replaceChildren();
  seats.clear();
  for (const snapshot of snapshots) drawRoom(snapshot);
  document.body.dataset.ready = "true";
}

async function plan(roomId) {
  if (!plans.has(roomId)) {
    plans.set(roomId, await (await fetch(`/api/rooms/${encodeURIComponent(roomId)}/plan`)).json());
  }
  return plans.get(roomId);
}

function drawRoom(snapshot) {
  const room = plans.get(snapshot.roomId);
  const section = document.createElement("section");
  section.className = "room";
  section.id = "room-" + room.id;
  section.innerHTML = `<h2><span></span><span class="free-count"></span></h2>`
    + `<div class="counts"></div><div class="plan"></div>`;
  section.querySelector("h2 span").textContent = room.name;
  const planEl = section.querySelector(".plan");
  const width = Math.max(...room.seats.map(s => s.x)) + 1.2;
  const height = Math.max(...room.seats.map(s => s.y)) + 1.2;
  planEl.style.aspectRatio = `${width} / ${height}`;
  const states = new Map(snapshot.seats.map(s => [s.seatId, s]));
  for (const seat of room.seats) {
    const state = states.get(seat.id) ?? { status: "free", version: 0 };
    const el = document.createElement("div");
    el.className = "seat " + state.status;
    el.dataset.seat = seat.id;
    el.dataset.status = state.status;
    el.title = seat.label + (seat.features.length ? " · " + seat.features.join(", ") : "");
    el.style.left = (100 * seat.x / width) + "%";
    el.style.top = (100 * seat.y / height) + "%";
    planEl.append(el);
    seats.set(seat.id, { version: state.version, el });
  }
  roomsEl.append(section);
  drawCounts(snapshot.roomId, snapshot.counts);
}

function drawCounts(roomId, counts) {
  const section = document.getElementById("room-" + roomId);
  if (!section) return;
  section.querySelector(".free-count").textContent = `${counts.free} / ${counts.total} free`;
  section.querySelector(".counts").textContent =
    `${counts.occupied} occupied · ${counts.booked} booked · ${counts.away} away · ${counts.blocked} closed`;
}

start().catch(error => setConnection("error: " + error));
