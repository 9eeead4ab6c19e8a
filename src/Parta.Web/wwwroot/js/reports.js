// Reports: a picker shows its choice at once (the button stays for keyboards and no script); «Печать» prints the page.
(function () {
    "use strict";
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
})();
