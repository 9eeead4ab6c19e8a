// Parta: small progressive enhancements, no inline scripts (the Content-Security-Policy forbids them).
(function () {
    "use strict";
    // Forms marked data-confirm ask before submitting (e.g. blocking an account).
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });
    // Buttons marked data-print print the page (the print stylesheet leaves out the menus and filters).
    document.addEventListener("click", function (event) {
        var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
        if (target) {
            window.print();
        }
    });
    // htmx requests carry the anti-forgery token of the page.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector("input[name='__RequestVerificationToken']");
        if (token) {
            event.detail.headers["X-CSRF-TOKEN"] = token.value;
        }
    });
})();
