// Parta: the movement book's record form (/Movement/Record). Without this script the form shows every field and the
// server ignores those the chosen kind does not have; with it, only the kind's fields are shown, and a student found by
// the search (htmx, ?handler=Students) is chosen in place instead of reloading the page.
(function () {
    "use strict";
    var form = document.querySelector("form[data-movement-record]");
    if (!form) {
        return;
    }

    var kind = form.querySelector("select[name='Kind']");
    var studentId = form.querySelector("input[name='StudentId']");
    var chosen = document.getElementById("student-chosen");
    var chosenTitle = document.getElementById("student-chosen-title");
    var change = document.getElementById("student-change");
    var searchBox = document.getElementById("student-search-box");
    var query = document.getElementById("student-q");
    var matches = document.getElementById("student-matches");
    var search = document.getElementById("student-search");
    var searchKind = document.getElementById("student-search-kind");
    var otherSchool = form.querySelector("label[for='OtherSchool']");

    // Shows the fields of the chosen kind; the new student's card only while no existing student is chosen.
    function showFields() {
        var current = kind.value;
        form.querySelectorAll("[data-kinds]").forEach(function (field) {
            var ofKind = field.getAttribute("data-kinds").split(" ").indexOf(current) >= 0;
            field.hidden = !ofKind || (field.hasAttribute("data-without-student") && studentId.value !== "");
        });
        if (otherSchool) {
            otherSchool.textContent = current === "Withdrawal" ? otherSchool.dataset.departure : otherSchool.dataset.arrival;
        }
        if (searchKind) {
            searchKind.value = current;
        }
    }

    function choose(id, title) {
        studentId.value = id;
        chosenTitle.textContent = title;
        chosen.hidden = false;
        searchBox.hidden = true;
        showFields();
        change.focus();
    }

    function unchoose() {
        studentId.value = "";
        chosen.hidden = true;
        searchBox.hidden = false;
        showFields();
        query.focus();
    }

    function matchButtons() {
        return Array.prototype.slice.call(matches.querySelectorAll("[data-student-id]"));
    }

    kind.addEventListener("change", showFields);

    // A match chooses the student (without scripts it reloads the page with them chosen).
    matches.addEventListener("click", function (event) {
        var match = event.target instanceof Element ? event.target.closest("[data-student-id]") : null;
        if (match) {
            event.preventDefault();
            choose(match.dataset.studentId, match.dataset.studentTitle);
        }
    });

    change.addEventListener("click", function (event) {
        event.preventDefault();
        unchoose();
    });

    // Enter in the search field or «Найти» searches at once, in place; the record form is not reloaded.
    search.addEventListener("submit", function (event) {
        event.preventDefault();
        htmx.trigger(query, "search");
    });

    // Arrow keys move from the search field through the matches and back.
    searchBox.addEventListener("keydown", function (event) {
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
            return;
        }
        var buttons = matchButtons();
        if (buttons.length === 0) {
            return;
        }
        var at = buttons.indexOf(document.activeElement);
        var next = event.key === "ArrowDown" ? at + 1 : at - 1;
        event.preventDefault();
        if (next < 0) {
            query.focus();
        } else if (next < buttons.length) {
            buttons[next].focus();
        }
    });

    showFields();
})();
