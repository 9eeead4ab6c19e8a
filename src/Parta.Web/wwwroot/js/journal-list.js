// «Журналы»: the class filter shows its choice at once (the button stays for keyboards and no script).
(function () {
    "use strict";
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
})();
