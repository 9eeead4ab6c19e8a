// The cell editor: choosing a subject puts in its usual room (the one it has most often), unless a room is chosen already.
(function () {
    'use strict';
    var select = document.querySelector('[data-room-suggestions]');
    var room = document.getElementById('RoomId');
    if (!select || !room) {
        return;
    }

    select.addEventListener('change', function () {
        var option = select.options[select.selectedIndex];
        var suggested = option && option.dataset.room;
        if (suggested && !room.value) {
            room.value = suggested;
        }
    });
})();
