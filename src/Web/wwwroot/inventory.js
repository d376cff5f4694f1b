// The year's inventory as people like to share it: an award card per category, the busiest nights as a
// bar chart, readers per day as a calendar heat map, and the most booked seats on the room's plan.
"use strict";

const titles = {
  visits: "Most visits", days: "Most days", hours: "Most hours", earlyBird: "Early bird", nightOwl: "Night owl",
  midnight: "After midnight", streak: "Longest streak", popularSeat: "Most booked seat",
  loyalSeat: "Most loyal to a seat",
  busiestNight: "Busiest night", busiestDay: "Busiest day",
};
const yearEl = document.getElementById("year");
yearEl.value = new URLSearchParams(location.search).get("year") || new Date().getFullYear() - 1;

function who(place) {
  if (!place) return "nobody yet";
  if (place.date) return place.date;
  const seat = place.seat ? `seat ${place.seat}, ${place.room}` : "";
  return place.name ? (seat ? `${place.name} at ${seat}` : place.name) : seat;
}

async function load() {
  const year = yearEl.value;
  document.getElementById("title").textContent = `The ${year} inventory`;
  const report = await (await fetch(`/api/reports/annual/${year}`)).json();
  const awardsEl = document.getElementById("awards");
  awardsEl.replaceChildren(...Object.entries(report).map(([key, award]) => {
    const card = document.createElement("section");
    card.className = "card";
    card.innerHTML = `<h2></h2><div class="value"></div><p class="winner"></p><ol class="runners"></ol>`;
    card.querySelector("h2").textContent = titles[key] || key;
    card.querySelector(".value").textContent = award.value ?? "–";
    const tied = award.tied.length > 1 ? ` (tied with ${award.tied.length - 1} more)` : "";
    card.querySelector(".winner").textContent = who(award.winner) + tied;
    for (const runner of award.runnersUp) {
      const item = document.createElement("li");
      item.textContent = `${who(runner)} · ${runner.value}`;
      card.querySelector(".runners").append(item);
    }
    return card;
  }));
  const calendar = await (await fetch(`/api/reports/annual/${year}/calendar`)).json();
  drawNights(calendar.nights);
  drawDays(year, calendar.days);
  await drawSeats(calendar.seats);
}

function drawNights(nights) {
  const svg = document.getElementById("nights");
  const entries = Object.entries(nights).sort(([a], [b]) => a.localeCompare(b));
  const width = svg.clientWidth || 900, height = 160, most = Math.max(1, ...entries.map(([, n]) => n));
  const bar = width / Math.max(entries.length, 1);
  svg.innerHTML = entries.map(([date, n], i) => {
    const h = (height - 20) * n / most;
    return `<rect x="${i * bar}" y="${height - 15 - h}" width="${Math.max(bar - 1, 1)}" height="${h}" fill="#1f3b57">`
      + `<title>${date}: ${n}</title></rect>`;
  }).join("") + (entries.length
    ? `<text x="0" y="${height - 2}">${entries[0][0]}</text>`
      + `<text x="${width - 60}" y="${height - 2}">${entries[entries.length - 1][0]}</text>`
    : "");
}

function drawDays(year, days) {
  const calendarEl = document.getElementById("calendar");
  const most = Math.max(1, ...Object.values(days));
  const first = new Date(Date.UTC(year, 0, 1));
  const cells = [];
  for (let i = 0; i < (first.getUTCDay() + 6) % 7; i++) cells.push(document.createElement("span"));
  for (let d = new Date(first); d.getUTCFullYear() == year; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10), n = days[date] || 0;
    const cell = document.createElement("span");
    cell.title = `${date}: ${n} readers`;
    if (n) cell.style.background = `rgba(31, 59, 87, ${0.15 + 0.85 * n / most})`;
    cells.push(cell);
  }
  calendarEl.replaceChildren(...cells);
}

async function drawSeats(seats) {
  const library = await (await fetch("/api/library")).json();
  const roomEl = document.getElementById("room");
  roomEl.replaceChildren(...library.floors.flatMap(f => f.rooms).map(r => new Option(r.name, r.id)));
  const draw = async () => {
    const plan = await (await fetch(`/api/rooms/${roomEl.value}/plan`)).json();
    const maxX = Math.max(...plan.seats.map(s => s.x)) + 1, maxY = Math.max(...plan.seats.map(s => s.y)) + 1;
    const most = Math.max(1, ...plan.seats.map(s => seats[s.id] || 0));
    const planEl = document.getElementById("plan");
    planEl.style.paddingBottom = `${100 * maxY / maxX}%`;
    planEl.replaceChildren(...plan.seats.map(s => {
      const el = document.createElement("span");
      const n = seats[s.id] || 0;
      el.className = "seat";
      el.title = `${s.label}: ${n} bookings`;
      el.style.left = `${100 * s.x / maxX}%`;
      el.style.top = `${100 * s.y / maxY}%`;
      el.style.background = n ? `rgba(194, 59, 59, ${0.15 + 0.85 * n / most})` : "#e8e6df";
      return el;
    }));
  };
  roomEl.onchange = draw;
  await draw();
}

yearEl.addEventListener("change", load);
load();
