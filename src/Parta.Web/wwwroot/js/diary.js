// The diary week on a phone: today's day is first (CSS order) and scrolled into view.
(function () {
    'use strict';
    var today = document.querySelector('.diary-today');
    if (today && window.matchMedia('(max-width: 576px)').matches) {
        today.scrollIntoView({ block: 'start' });
    }
})();
