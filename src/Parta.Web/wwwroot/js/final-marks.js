// The final-mark sheet: each input is saved when the user presses Enter or leaves it (the Mark handler answers JSON);
// Enter and the arrows move between rows; Esc puts back the saved value. A value that differs from the suggestion is
// marked. A refusal is shown beside the input in words; a closed period asks for a reason once per page.
(function () {
    "use strict";
    var table = document.getElementById("final-sheet");
    if (!table) {
        return;
    }
    var tokenInput = document.querySelector("input[name='__RequestVerificationToken']");
    var status = document.getElementById("sheet-status");
    var reason = null;
    var inputs = Array.prototype.slice.call(table.querySelectorAll("input.final-input"));

    function say(text) {
        if (status) {
            status.textContent = text;
        }
    }

    function note(input, text, kind) {
        var cell = input.parentElement;
        var el = cell.querySelector(".final-note");
        if (!el) {
            el = document.createElement("div");
            el.className = "final-note small";
            el.id = "note-" + inputs.indexOf(input) + "-" + input.dataset.kind;
            cell.appendChild(el);
            input.setAttribute("aria-describedby", el.id);
        }
        el.textContent = text;
        el.className = "final-note small" + (kind ? " " + kind : "");
    }

    function mark(input) {
        var cell = input.parentElement;
        var differs = input.dataset.expected !== "" && input.dataset.suggested && input.dataset.expected !== input.dataset.suggested;
        cell.classList.toggle("differs", !!differs);
        var hint = cell.querySelector(".differs-note");
        if (differs && !hint) {
            hint = document.createElement("span");
            hint.className = "small differs-note";
            hint.textContent = "не как предложено";
            cell.appendChild(hint);
        } else if (!differs && hint) {
            hint.remove();
        }
    }

    function save(input) {
        var value = input.value.trim();
        if (value === input.dataset.expected || input.dataset.busy === "1") {
            return Promise.resolve();
        }
        var row = input.closest("tr");
        var body = new URLSearchParams();
        body.set("studentId", row.dataset.student);
        body.set("kind", input.dataset.kind);
        if (input.dataset.period) {
            body.set("periodId", input.dataset.period);
        }
        body.set("value", value);
        body.set("expected", input.dataset.expected);
        if (reason) {
            body.set("reason", reason);
        }
        input.dataset.busy = "1";
        note(input, "Сохраняется…", "");
        return fetch(window.location.pathname + "?handler=Mark&assignmentId=" + table.dataset.assignment, {
            method: "POST",
            headers: { "X-CSRF-TOKEN": tokenInput ? tokenInput.value : "", "Content-Type": "application/x-www-form-urlencoded" },
            body: body,
            credentials: "same-origin",
            redirect: "manual"
        }).then(function (response) {
            var json = (response.headers.get("Content-Type") || "").indexOf("json") >= 0;
            if (!json) {
                throw new Error("no answer");
            }
            return response.json().then(function (data) {
                input.dataset.busy = "";
                if (response.status === 200) {
                    input.dataset.expected = data.value;
                    input.value = data.value;
                    input.classList.remove("is-invalid");
                    note(input, "Сохранено", "text-success");
                    mark(input);
                    say("Сохранено: " + (data.value || "отметка снята"));
                    return;
                }
                if (data.reasonNeeded && !reason) {
                    var typed = window.prompt(data.message);
                    if (typed && typed.trim()) {
                        reason = typed.trim();
                        return save(input);
                    }
                }
                if (data.current !== null && data.current !== undefined) {
                    input.dataset.expected = data.current;
                }
                input.classList.add("is-invalid");
                note(input, data.message, "text-danger");
                say(data.message);
            });
        }).catch(function () {
            input.dataset.busy = "";
            input.classList.add("is-invalid");
            note(input, "Не сохранено: нет связи с сервером. Нажмите Enter ещё раз.", "text-danger");
            say("Нет связи с сервером: не сохранено.");
        });
    }

    function move(input, step) {
        var same = inputs.filter(function (i) { return i.dataset.kind === input.dataset.kind; });
        var next = same[same.indexOf(input) + step];
        if (next) {
            next.focus();
            next.select();
        }
    }

    inputs.forEach(function (input) {
        input.addEventListener("keydown", function (e) {
            if (e.key === "Enter" || e.key === "ArrowDown") {
                e.preventDefault();
                save(input);
                move(input, 1);
            } else if (e.key === "ArrowUp") {
                e.preventDefault();
                save(input);
                move(input, -1);
            } else if (e.key === "Escape") {
                input.value = input.dataset.expected;
                input.classList.remove("is-invalid");
            }
        });
        input.addEventListener("change", function () { save(input); });
    });

    var take = document.getElementById("take-suggested");
    if (take) {
        take.addEventListener("click", function () {
            var chain = Promise.resolve();
            inputs.forEach(function (input) {
                if (input.value.trim() === "" && input.dataset.suggested) {
                    input.value = input.dataset.suggested;
                    chain = chain.then(function () { return save(input); });
                }
            });
            chain.then(function () { say("Предложенные отметки поставлены."); });
        });
    }
})();
