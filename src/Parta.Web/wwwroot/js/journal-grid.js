// The journal grid: keyboard and touch entry, each cell saved at once, nothing typed ever lost.
// A cell's edit goes to localStorage before its request and leaves it only when the server has answered; a request that
// could not reach the server stays «не сохранено», is retried with a growing pause and on the «online» event, and is
// sent again when the page is opened next time. A refusal (the rule's Russian message) or a conflict (someone else saved
// the cell first: their value is shown) ends the edit; nothing the server holds is overwritten unseen.
(function () {
    "use strict";
    var grid = document.getElementById("journal-grid");
    if (!grid) {
        return;
    }

    var editable = grid.dataset.editable === "true";
    var passFail = grid.dataset.scale === "passfail";
    var codes = (grid.dataset.codes || "").split(" ").filter(Boolean);
    var absences = (grid.dataset.absences || "").split(" ").filter(Boolean);
    var columns = Array.prototype.slice.call(grid.tHead.rows[1].cells);
    var rows = Array.prototype.slice.call(grid.tBodies[0].rows);
    var tokenInput = document.querySelector("input[name='__RequestVerificationToken']");
    var status = document.getElementById("jg-status");
    var banner = document.getElementById("jg-unsaved");
    var bannerText = document.getElementById("jg-unsaved-text");
    var picker = document.getElementById("jg-picker");
    var history = document.getElementById("jg-history");
    var historyBody = document.getElementById("jg-history-body");
    var storeKey = "parta.journal." + grid.dataset.user + "." + grid.dataset.assignment;
    var reason = null;
    var active = null;
    var retryTimer = null;
    var retryDelay = 2000;

    // Physical keys → the Russian layout's letters, so that «Н» is typed on a Latin layout too (KeyY is «Н»).
    var russianKeys = {
        KeyQ: "Й", KeyW: "Ц", KeyE: "У", KeyR: "К", KeyT: "Е", KeyY: "Н", KeyU: "Г", KeyI: "Ш", KeyO: "Щ", KeyP: "З",
        BracketLeft: "Х", BracketRight: "Ъ", KeyA: "Ф", KeyS: "Ы", KeyD: "В", KeyF: "А", KeyG: "П", KeyH: "Р", KeyJ: "О",
        KeyK: "Л", KeyL: "Д", Semicolon: "Ж", Quote: "Э", KeyZ: "Я", KeyX: "Ч", KeyC: "С", KeyV: "М", KeyB: "И", KeyN: "Т",
        KeyM: "Ь", Comma: "Б", Period: "Ю"
    };

    // ---- cells ----
    function columnOf(td) { return columns[td.cellIndex - 1]; }
    function cellAt(r, c) { return rows[r] && rows[r].cells[c + 1]; }
    function isCell(td) { return td && td.tagName === "TD" && td.cellIndex > 0 && td.cellIndex <= columns.length; }
    function keyOf(td) { var col = columnOf(td); return col.dataset.kind + ":" + col.dataset.id + ":" + td.parentElement.dataset.student; }
    function confirmed(td) { return td.dataset.v !== undefined ? td.dataset.v : td.textContent.trim(); }
    function findCell(key) {
        var parts = key.split(":");
        var c = columns.findIndex(function (col) { return col.dataset.kind === parts[0] && col.dataset.id === parts[1]; });
        var row = rows.find(function (tr) { return tr.dataset.student === parts[2]; });
        return c < 0 || !row ? null : row.cells[c + 1];
    }

    function activate(td, focus) {
        if (!isCell(td)) {
            return;
        }
        if (active && active !== td) {
            active.removeAttribute("tabindex");
        }
        active = td;
        td.tabIndex = 0;
        if (focus !== false) {
            td.focus({ preventScroll: false });
        }
    }

    function move(dr, dc) {
        if (!active) {
            return;
        }
        var r = rows.indexOf(active.parentElement) + dr;
        var c = active.cellIndex - 1 + dc;
        r = Math.max(0, Math.min(rows.length - 1, r));
        c = Math.max(0, Math.min(columns.length - 1, c));
        activate(cellAt(r, c));
    }

    function say(message) {
        status.textContent = "";
        window.setTimeout(function () { status.textContent = message; }, 30);
    }

    function show(td, value, state, message) {
        td.textContent = value;
        td.classList.remove("saving", "saved", "error", "conflict", "unsaved");
        if (state) {
            td.classList.add(state);
        }
        if (message !== undefined) {
            td.title = message || "";
        }
        if (columnOf(td).dataset.kind === "a") {
            td.classList.toggle("abs", absences.indexOf(value) >= 0);
        }
    }

    // ---- what was typed and not yet confirmed ----
    function load() {
        try { return JSON.parse(window.localStorage.getItem(storeKey) || "{}"); } catch (e) { return {}; }
    }
    var pending = load();
    function persist() {
        try { window.localStorage.setItem(storeKey, JSON.stringify(pending)); } catch (e) { /* private mode: the page still works */ }
        var waiting = Object.keys(pending).filter(function (k) { return pending[k].failed; }).length;
        banner.hidden = waiting === 0;
        bannerText.textContent = "Не сохранено: " + Object.keys(pending).length + ". Значения сохранены в браузере и будут отправлены, когда появится связь.";
    }

    function edit(td, value) {
        var col = columnOf(td);
        if (!editable || col.dataset.open !== "1") {
            say(editable ? "В этот урок сейчас писать нельзя: он ещё не прошёл или период закрыт." : "Журнал открыт только для просмотра.");
            return;
        }
        if (td.classList.contains("off")) {
            say("Учащегося нет в списке класса на дату этого урока.");
            return;
        }
        var key = keyOf(td);
        var entry = pending[key];
        if (entry) {
            entry.value = value;
        } else {
            if (value === confirmed(td)) {
                return;
            }
            td.dataset.v = confirmed(td);
            entry = pending[key] = { value: value, expected: td.dataset.v };
        }
        persist();
        show(td, value, "saving");
        send(key);
    }

    function send(key) {
        var entry = pending[key];
        var td = findCell(key);
        if (!entry || !td || entry.busy) {
            return;
        }
        var col = columnOf(td);
        var body = new URLSearchParams();
        body.set("studentId", td.parentElement.dataset.student);
        body.set(col.dataset.kind === "m" ? "assessmentId" : "lessonId", col.dataset.id);
        body.set(col.dataset.kind === "m" ? "value" : "code", entry.value);
        body.set("expected", entry.expected);
        if (reason) {
            body.set("reason", reason);
        }
        var sent = entry.value;
        entry.busy = true;
        fetch(window.location.pathname + "?handler=" + (col.dataset.kind === "m" ? "Mark" : "Attendance"), {
            method: "POST",
            headers: { "X-CSRF-TOKEN": tokenInput ? tokenInput.value : "", "Content-Type": "application/x-www-form-urlencoded" },
            body: body,
            credentials: "same-origin",
            redirect: "manual"
        }).then(function (response) {
            var json = (response.headers.get("Content-Type") || "").indexOf("json") >= 0;
            if (!json || response.status >= 500) {
                throw new Error("no answer");
            }
            return response.json().then(function (data) { answered(key, td, sent, response.status, data); });
        }).catch(function () {
            entry.busy = false;
            entry.failed = true;
            persist();
            show(td, entry.value, "unsaved", "Не сохранено: нет связи с сервером. Значение хранится в браузере и будет отправлено ещё раз.");
            say("Нет связи с сервером: не сохранено. Отправим ещё раз, как только связь появится.");
            scheduleRetry();
        });
    }

    function answered(key, td, sent, code, data) {
        var entry = pending[key];
        entry.busy = false;
        if (code === 200) {
            td.dataset.v = data.value;
            td.classList.toggle("late", !!data.late);
            var avg = td.parentElement.querySelector("td.jg-avg");
            if (avg && columnOf(td).dataset.kind === "m") {
                avg.textContent = data.average;
            }
            if (entry.value !== sent) {
                entry.expected = data.value;
                entry.failed = false;
                persist();
                send(key);
                return;
            }
            delete pending[key];
            persist();
            show(td, data.value, "saved", "");
            window.setTimeout(function () { td.classList.remove("saved"); }, 1200);
            retryDelay = 2000;
            return;
        }
        if (data.reasonNeeded && !reason) {
            var typed = window.prompt(data.message);
            if (typed && typed.trim()) {
                reason = typed.trim();
                send(key);
                return;
            }
        }
        delete pending[key];
        persist();
        if (code === 409) {
            td.dataset.v = data.current;
            show(td, data.current, "conflict", data.message + " Вы вводили «" + sent + "».");
        } else {
            show(td, confirmed(td), "error", data.message);
        }
        say(data.message);
    }

    function retryAll() {
        retryTimer = null;
        Object.keys(pending).forEach(send);
    }

    function scheduleRetry() {
        if (retryTimer) {
            return;
        }
        retryTimer = window.setTimeout(retryAll, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
    }

    // ---- keys ----
    function valueFor(event, col) {
        var key = event.key;
        if (col.dataset.kind === "m") {
            if (/^[0-9]$/.test(key) || (passFail && (key === "+" || key === "-"))) {
                return passFail ? (key === "+" ? "зач" : key === "-" ? "незач" : key) : key;
            }
            var letter = /^[а-яё]$/i.test(key) ? key.toUpperCase() : russianKeys[event.code];
            if (passFail && letter === "З") { return "зач"; }
            if (passFail && letter === "Н") { return "незач"; }
            return null;
        }
        if (event.key.length !== 1) {
            return null;
        }
        var typed = /^[а-яё]$/i.test(key) ? key.toUpperCase() : russianKeys[event.code];
        if (!typed) {
            return /^[0-9]$/.test(key) ? "" + key : null;
        }
        var code = codes.find(function (c) { return c.charAt(0).toUpperCase() === typed; });
        if (!code) {
            say("Нет отметки посещаемости на букву «" + typed + "». В школе приняты: " + codes.join(", ") + ".");
            return undefined;
        }
        return code;
    }

    grid.addEventListener("keydown", function (event) {
        var td = event.target;
        if (!isCell(td) || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0] };
        if (moves[event.key]) {
            event.preventDefault();
            move(moves[event.key][0], moves[event.key][1]);
            return;
        }
        if (event.key === "Home" || event.key === "End") {
            event.preventDefault();
            move(0, event.key === "Home" ? -columns.length : columns.length);
            return;
        }
        if (event.key === "Escape") {
            closePanels();
            return;
        }
        if (event.code === "KeyH" && !event.shiftKey) {
            event.preventDefault();
            openHistory(td);
            return;
        }
        if (event.key === " ") {
            event.preventDefault();
            openPicker(td);
            return;
        }
        if (event.key === "Delete" || event.key === "Backspace") {
            event.preventDefault();
            edit(td, "");
            return;
        }
        var value = valueFor(event, columnOf(td));
        if (value === undefined) {
            event.preventDefault();
            return;
        }
        if (value !== null) {
            event.preventDefault();
            if (/^[0-9]$/.test(value) && columnOf(td).dataset.kind === "a") {
                say("В столбце посещаемости ставятся буквы: " + codes.join(", ") + ".");
                return;
            }
            edit(td, value);
        }
    });

    // ---- pointer: a click chooses a cell; a tap (or a second click) opens the picker ----
    var coarse = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
    grid.addEventListener("click", function (event) {
        var td = event.target.closest ? event.target.closest("td") : null;
        if (!isCell(td)) {
            return;
        }
        var again = active === td;
        activate(td);
        if (editable && (coarse || again)) {
            openPicker(td);
        }
    });
    grid.addEventListener("contextmenu", function (event) {
        var td = event.target.closest ? event.target.closest("td") : null;
        if (isCell(td)) {
            event.preventDefault();
            activate(td);
            openHistory(td);
        }
    });

    function place(panel, td) {
        var rect = td.getBoundingClientRect();
        panel.style.top = (window.scrollY + rect.bottom + 2) + "px";
        panel.style.left = Math.max(4, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 260)) + "px";
    }

    function closePanels() {
        picker.hidden = true;
        history.hidden = true;
        if (active) {
            active.focus();
        }
    }

    function openPicker(td) {
        var col = columnOf(td);
        if (!editable || col.dataset.open !== "1" || td.classList.contains("off")) {
            return;
        }
        var values = col.dataset.kind === "m" ? (passFail ? ["зач", "незач"] : ["5", "4", "3", "2", "1"]) : codes;
        picker.textContent = "";
        values.concat([""]).forEach(function (value) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "btn btn-outline-secondary";
            button.textContent = value || "Очистить";
            button.addEventListener("click", function () { picker.hidden = true; edit(td, value); td.focus(); });
            picker.appendChild(button);
        });
        var more = document.createElement("button");
        more.type = "button";
        more.className = "btn btn-link";
        more.textContent = "История";
        more.addEventListener("click", function () { picker.hidden = true; openHistory(td); });
        picker.appendChild(more);
        place(picker, td);
        picker.hidden = false;
        picker.querySelector("button").focus();
    }
    picker.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            closePanels();
        }
    });

    function openHistory(td) {
        var col = columnOf(td);
        var url = window.location.pathname + "?handler=History&columnId=" + col.dataset.id + "&studentId=" + td.parentElement.dataset.student;
        historyBody.textContent = "Загрузка…";
        place(history, td);
        history.hidden = false;
        document.getElementById("jg-history-close").focus();
        fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (changes) {
            historyBody.textContent = "";
            if (!Array.isArray(changes)) {
                historyBody.textContent = changes.message || "История недоступна.";
                return;
            }
            if (changes.length === 0) {
                historyBody.textContent = "Изменений не было.";
                return;
            }
            var list = document.createElement("ul");
            list.className = "list-unstyled mb-0";
            changes.forEach(function (c) {
                var li = document.createElement("li");
                li.textContent = c.at + ", " + c.by + ": " + c.what + " «" + (c.old || "—") + "» → «" + (c["new"] || "—") + "»" + (c.reason ? " (причина: " + c.reason + ")" : "") + (c.late ? " — несвоевременно" : "");
                list.appendChild(li);
            });
            historyBody.appendChild(list);
        }).catch(function () { historyBody.textContent = "Нет связи с сервером."; });
    }
    document.getElementById("jg-history-close").addEventListener("click", closePanels);
    history.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            closePanels();
        }
    });
    document.addEventListener("click", function (event) {
        if (!picker.hidden && !picker.contains(event.target) && !grid.contains(event.target)) {
            picker.hidden = true;
        }
    });

    document.getElementById("jg-retry").addEventListener("click", function () {
        retryDelay = 2000;
        retryAll();
    });
    window.addEventListener("online", function () {
        retryDelay = 2000;
        retryAll();
    });

    // ---- start: the first cell is the way in; what this browser kept unsaved goes back into the grid and is sent ----
    activate(grid.tBodies[0].querySelector("td:not(.off)") || cellAt(0, 0), false);
    Object.keys(pending).forEach(function (key) {
        var td = findCell(key);
        if (!td) {
            return;
        }
        pending[key].busy = false;
        td.dataset.v = confirmed(td);
        show(td, pending[key].value, "unsaved");
    });
    persist();
    if (editable) {
        retryAll();
    }
})();
